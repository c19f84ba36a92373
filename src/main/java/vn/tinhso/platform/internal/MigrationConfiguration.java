package vn.tinhso.platform.internal;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot's Flyway settings and start-up order stay; the run itself is one per module (see {@link ModuleMigrations}). */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean
    FlywayMigrationStrategy moduleMigrations() {
        return flyway -> new ModuleMigrations(flyway.getConfiguration()).migrate();
    }
}
