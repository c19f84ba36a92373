package vn.tinhso.platform;

import vn.tinhso.platform.internal.DatabaseServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;

/** A data directory from before passwords (trust, everything owned by postgres) is upgraded at start. */
class OlderDataDirectoryUpgradeTest {

    @TempDir Path dataDir;

    @Test
    void aDirectoryThatTrustedLocalConnectionsGetsPasswordsAndItsTablesPassToTheApplicationRole() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema legacy");
            s.execute("create table legacy.note (id bigserial primary key, text text)");
            s.execute("insert into legacy.note (text) values ('written by an older version')");
        }

        try (var upgraded = new SpringApplicationBuilder(TinhsoApplication.class).web(WebApplicationType.NONE)
                .run("--tinhso.db.data-dir=" + pgDir, "--tinhso.demo.enabled=false", "--tinhso.db.durable=false",
                        "--spring.main.banner-mode=off", "--logging.file.name=target/test-logs/upgrade.json")) {
            JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
            jdbc.sql("insert into legacy.note (text) values ('written by the application role')").update();
            assertThat(jdbc.sql("select count(*) from legacy.note").query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("select tableowner from pg_tables where schemaname = 'legacy'").query(String.class).single())
                    .isEqualTo("tinhso");
            int port = upgraded.getBean(DatabaseServer.class).port();
            String url = "jdbc:postgresql://localhost:" + port + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).hasMessageContaining("password");
        }
        assertThat(Files.exists(pgDir.resolve("tinhso-credentials.properties"))).isTrue();
        assertThat(Files.readString(pgDir.resolve("pg_hba.conf"))).doesNotContain("trust");

        try (var again = new SpringApplicationBuilder(TinhsoApplication.class).web(WebApplicationType.NONE)
                .run("--tinhso.db.data-dir=" + pgDir, "--tinhso.demo.enabled=false", "--tinhso.db.durable=false",
                        "--spring.main.banner-mode=off", "--logging.file.name=target/test-logs/upgrade.json")) {
            assertThat(again.getBean(JdbcClient.class).sql("select count(*) from legacy.note").query(Long.class).single()).isEqualTo(2);
        }
    }
}
