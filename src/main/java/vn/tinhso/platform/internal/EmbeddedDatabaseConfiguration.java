package vn.tinhso.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application unless an external database is given by
 * {@code TINHSO_DB_URL}. Its data directory survives restarts, so the first start's data is still
 * there at the second.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${tinhso.db.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${tinhso.db.data-dir}") String dataDir,
                                      @Value("${tinhso.db.ephemeral:false}") boolean ephemeral,
                                      @Value("${tinhso.db.port:0}") int port) throws IOException {
        Path dir = ephemeral ? Files.createTempDirectory("tinhso-pg-") : Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(ephemeral)
                // Spring stops it after everything that uses the database; a hook of its own would race them.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), dir);
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, @Value("${tinhso.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("tinhso-embedded");
        return new HikariDataSource(config);
    }
}
