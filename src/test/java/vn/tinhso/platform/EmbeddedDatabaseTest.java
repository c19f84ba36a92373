package vn.tinhso.platform;

import vn.tinhso.platform.internal.DatabaseServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The embedded PostgreSQL as the platform runs it: durable, password-protected, and used through a role that is not a superuser. */
@SpringBootTest(properties = "tinhso.db.durable=true")
@ActiveProfiles("test")
class EmbeddedDatabaseTest {

    @Autowired JdbcClient jdbc;
    @Autowired DatabaseServer server;

    @Test
    void aCommitReturnsOnlyOnceItIsOnDisk() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void thePlatformRunsAsARoleThatOwnsItsSchemasButIsNotASuperuser() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("tinhso");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select pg_has_role(current_user, 'pg_execute_server_program', 'member')").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select nspowner::regrole::text from pg_namespace where nspname = 'access'").query(String.class).single())
                .isEqualTo("tinhso");
    }

    @Test
    void thePlatformCannotRunShellCommandsOrReadServerFiles() {
        assertThatThrownBy(() -> jdbc.sql("copy (select 1) to program 'id'").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("select pg_read_file('postgresql.conf')").query(String.class).single())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void everyConnectionNeedsThePassword() {
        String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "tinhso", "guess")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void thePasswordsAreKeptInTheDataDirectoryReadableOnlyByItsOwner() throws Exception {
        var file = server.dataDirectory().resolve("tinhso-credentials.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(server.dataDirectory().resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)").param("name", name).query(String.class).single();
    }
}
