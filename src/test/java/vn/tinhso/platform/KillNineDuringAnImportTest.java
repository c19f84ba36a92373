package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.access.Accounts;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.Role;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** {@code kill -9} of TinhSo leaves its PostgreSQL running; the next start stops it cleanly and carries on. */
class KillNineDuringAnImportTest {

    @TempDir Path dataDir;

    @Test
    void aStartAfterKillNineDuringAnImportWorksAndFailsTheInterruptedJob() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                HangingImport.class.getName(), pgDir.toString())).redirectErrorStream(true).start();
        long jobId;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("IMPORT RUNNING ")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child JVM's output:\n%s", seen).isNotNull();
            jobId = Long.parseLong(line.substring("IMPORT RUNNING ".length()));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no pg_ctl stop
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        long orphan = Long.parseLong(Files.readAllLines(pgDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM").contains(true);

        try {
            startAgainAndCheck(pgDir, orphan, jobId);
        } finally {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroy); // when the start failed to stop it
        }
    }

    private void startAgainAndCheck(Path pgDir, long orphan, long jobId) {
        try (var restarted = new SpringApplicationBuilder(TinhsoApplication.class).web(WebApplicationType.NONE)
                .run("--tinhso.db.data-dir=" + pgDir, "--tinhso.demo.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.file.name=target/test-logs/kill-nine.json")) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            ImportJob job = restarted.getBean(Imports.class).job(jobId).orElseThrow();
            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.message()).contains("Interrupted by a restart");
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from territory.unit where code like 'HANG-%'").query(Long.class).single()).isZero();
            assertThat(restarted.getBean(Accounts.class).createIfAbsent("after-crash", "After the crash", "a-long-password",
                    EnumSet.of(Role.ANALYST))).isTrue();
            assertThat(restarted.getBean(AuditLog.class).verify().intact()).isTrue();
        }
    }
}
