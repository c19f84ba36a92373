package vn.tinhso.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tinhso.platform.AnalystDatabase;

/**
 * Starts PostgreSQL 17 inside the application unless an external database is given by
 * {@code TINHSO_DB_URL}. Its data directory survives restarts, so the first start's data is still
 * there at the second. A command run while the server lives ({@code tinhso.db.attach}) uses the
 * server's PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${tinhso.db.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(@Value("${tinhso.db.data-dir}") String dataDir,
                                  @Value("${tinhso.db.ephemeral:false}") boolean ephemeral,
                                  @Value("${tinhso.db.port:0}") int port,
                                  @Value("${tinhso.db.durable:true}") boolean durable,
                                  @Value("${tinhso.db.attach:false}") boolean attach) throws IOException {
        if (attach) {
            return EmbeddedServer.attach(Path.of(dataDir).toAbsolutePath());
        }
        Path dir = ephemeral ? Files.createTempDirectory("tinhso-pg-") : Path.of(dataDir).toAbsolutePath();
        return EmbeddedServer.start(dir, ephemeral, port, durable);
    }

    @Bean
    DatabaseServer databaseServer(EmbeddedServer server) {
        return server.server();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedServer server, @Value("${tinhso.db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(DatabaseCredentials.APP_ROLE);
        config.setPassword(server.credentials().appPassword());
        config.setMaximumPoolSize(server.attached() ? 3 : poolSize);
        config.setReadOnly(server.attached());
        config.setPoolName("tinhso-embedded");
        return new HikariDataSource(config);
    }

    /** Opens connections only when the workbench first runs a query (a command beside a live server never does). */
    @Bean(destroyMethod = "close")
    AnalystPool analystPool(EmbeddedServer server, @Value("${tinhso.db.analyst-pool-size:2}") int poolSize) {
        return new AnalystPool("jdbc:postgresql://localhost:" + server.server().port() + "/" + EmbeddedServer.DATABASE,
                server.credentials().analystPassword(), poolSize);
    }

    @Bean
    AnalystDatabase analystDatabase(AnalystPool pool) {
        return new AnalystDatabase(pool.dataSource());
    }
}
