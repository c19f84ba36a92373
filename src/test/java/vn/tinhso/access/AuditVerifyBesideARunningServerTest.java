package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.platform.CommandLine;
import vn.tinhso.platform.Superuser;

/** {@code audit verify} while the server runs reads the server's database; exit 0 ok, 1 broken, 2 could not check. */
class AuditVerifyBesideARunningServerTest {

    @TempDir Path dataDir;

    @Test
    void theCommandChecksTheRunningServersDatabaseAndAnswersWithTheExitCodeOfItsFinding() throws Exception {
        try (var server = new SpringApplicationBuilder(TinhsoApplication.class).web(WebApplicationType.NONE)
                .run("--tinhso.db.data-dir=" + dataDir.resolve("postgres"), "--tinhso.demo.enabled=false",
                        "--tinhso.db.durable=false", "--spring.main.banner-mode=off",
                        "--logging.file.name=target/test-logs/verify-running.json")) {
            server.getBean(AuditLog.class).record(AuditEntry.of("test.marker", "test", "running"));

            assertThat(run("audit", "rotate-key")).startsWith("0 Audit checkpoint key 1");
            assertThat(run("audit", "verify")).startsWith("0 Audit log intact").contains("against 1 signed checkpoints");
            assertThat(server.getBean(AuditLog.class).verify().intact()).as("the server still works").isTrue();

            Files.move(dataDir.resolve("audit/checkpoint.key"), dataDir.resolve("audit/checkpoint.key.away"));
            assertThat(run("audit", "verify")).startsWith("2 Audit log NOT CHECKED");
            Files.move(dataDir.resolve("audit/checkpoint.key.away"), dataDir.resolve("audit/checkpoint.key"));

            Superuser.sql(server, "set local session_replication_role = replica",
                    "update access.audit_log set actor = 'intruder' where action = 'test.marker'");
            assertThat(run("audit", "verify")).startsWith("1 Audit log BROKEN at row");
        }
    }

    private String run(String... words) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(words), java.util.stream.Stream.of(
                    "--tinhso.db.data-dir=" + dataDir.resolve("postgres"),
                    "--logging.file.name=target/test-logs/verify-running.json")).toArray(String[]::new);
            code = CommandLine.run(TinhsoApplication.class, args);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        return code + " " + out.lines().filter(l -> l.startsWith("Audit")).findFirst().orElse(out);
    }
}
