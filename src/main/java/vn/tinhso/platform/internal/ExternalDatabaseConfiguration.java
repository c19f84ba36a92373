package vn.tinhso.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tinhso.platform.AnalystDatabase;

/** A PostgreSQL 15+ server given by URL, for production. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${tinhso.db.url:}'.isEmpty()")
class ExternalDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${tinhso.db.url}") String url,
                          @Value("${tinhso.db.user:}") String user,
                          @Value("${tinhso.db.password:}") String password,
                          @Value("${tinhso.db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("tinhso");
        return new HikariDataSource(config);
    }

    /** Only where the DBA has created the analyst role and given its password (docs/operations.md). */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${tinhso.db.analyst-password:${TINHSO_DB_ANALYST_PASSWORD:}}'.isEmpty()")
    AnalystPool analystPool(@Value("${tinhso.db.url}") String url, @Value("${tinhso.db.analyst-password:${TINHSO_DB_ANALYST_PASSWORD:}}") String password,
                            @Value("${tinhso.db.analyst-pool-size:2}") int poolSize) {
        return new AnalystPool(url, password, poolSize);
    }

    @Bean
    @ConditionalOnExpression("!'${tinhso.db.analyst-password:${TINHSO_DB_ANALYST_PASSWORD:}}'.isEmpty()")
    AnalystDatabase analystDatabase(AnalystPool pool) {
        return new AnalystDatabase(pool.dataSource());
    }
}
