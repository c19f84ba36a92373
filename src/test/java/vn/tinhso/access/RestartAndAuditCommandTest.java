package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.platform.CommandLine;
import vn.tinhso.platform.Superuser;

/** The embedded database keeps its data across restarts, and {@code audit verify} reads it from the shell. */
class RestartAndAuditCommandTest {

    @TempDir Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TinhsoApplication.class).web(WebApplicationType.NONE)
                .run("--tinhso.db.data-dir=" + dataDir.resolve("postgres"), "--tinhso.demo.enabled=false",
                        "--logging.file.name=target/test-logs/restart.json", "--spring.main.banner-mode=off");
    }

    @Test
    void aSecondStartFindsTheFirstStartsUsersAndAuditRowsAndTheCommandDetectsTampering() throws Exception {
        long auditRows;
        try (var first = start()) {
            first.getBean(Accounts.class).createIfAbsent("kept", "Kept across restarts", "kept-password", EnumSet.of(Role.ANALYST));
            first.getBean(AuditLog.class).record(AuditEntry.of("test.marker", "test", "restart"));
            auditRows = first.getBean(JdbcClient.class).sql("select count(*) from access.audit_log").query(Long.class).single();
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();

        try (var second = start()) {
            assertThat(second.getBean(Accounts.class).find("kept")).isPresent();
            assertThat(second.getBean(Accounts.class).find("admin")).isPresent();
            long rows = second.getBean(JdbcClient.class).sql("select count(*) from access.audit_log").query(Long.class).single();
            assertThat(rows).isEqualTo(auditRows);
        }

        assertThat(runCommand()).startsWith("0 Audit log intact");

        try (var third = start()) {
            Superuser.sql(third, "set local session_replication_role = replica",
                    "update access.audit_log set actor = 'intruder' where action = 'test.marker'");
        }
        assertThat(runCommand()).startsWith("1 Audit log BROKEN at row");
    }

    private String runCommand() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = CommandLine.run(TinhsoApplication.class, new String[] {"audit", "verify",
                    "--tinhso.db.data-dir=" + dataDir.resolve("postgres"), "--logging.file.name=target/test-logs/restart.json"});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        return code + " " + out.lines().filter(l -> l.startsWith("Audit log")).findFirst().orElse(out);
    }
}
