package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** A log file uploaded through the catalog's import jobs reaches the event log and the detector like live syslog. */
@SpringBootTest
@ActiveProfiles("test")
class LogFileImportTest {

    @Autowired Imports imports;
    @Autowired SigmaDetector detector;
    @Autowired Alerts alerts;

    private static byte[] file(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void detectAll() {
        while (detector.runOnce() > 0) {
            // drain the log
        }
    }

    @Test
    void anImportedAuthLogWithABruteForceOpensOneGroupedAlertAndItsBadLineIsKeptAsideByNumber() {
        String attacker = "203.0.113.144";
        List<String> lines = new ArrayList<>(SocPipelineTest.authLog(attacker, Instant.parse("2026-11-27T02:00:00Z"), 12));
        lines.add(3, "garbage that is no log line");
        lines.add(5, "");

        ImportJob job = imports.runNow(new ImportRequest("bastion-auth.log", file(lines), LogFileImportKind.CODE, null,
                "bastion operators", "soc1", true, Set.of("format=auth", "year=2026", "tz=+00:00")));

        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(job.rowsAccepted()).isEqualTo(16);
        assertThat(job.rowsRejected()).isEqualTo(1);
        assertThat(job.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.problem()).contains("no parser understands this line", "garbage that is no log line");
        });
        assertThat(job.changes().added()).isEqualTo(16);

        detectAll();
        List<Alert> raised = alerts.find(new Alerts.AlertQuery(SocPipelineTest.BRUTE_FORCE, attacker, null, null, null, 10));
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.entities()).containsEntry("source.ip", attacker);
            assertThat(a.count()).isEqualTo(10);
            assertThat(a.firstSeen()).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
        });
    }

    @Test
    void aLogFileIsNotClaimedUnlessTheKindIsNamedAndAnUnknownFormatFailsTheJob() {
        byte[] content = file(SocPipelineTest.authLog("203.0.113.145", Instant.parse("2026-11-27T03:00:00Z"), 1));
        ImportJob wrongFormat = imports.runNow(new ImportRequest("odd.log", content, LogFileImportKind.CODE, null,
                "bastion operators", "soc1", true, Set.of("format=syslog-ng")));
        assertThat(wrongFormat.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(new LogFileImportKind(null, "UTC").parseSpecial("auth.log", null,
                new ImportRequest("auth.log", content, null, null, "x", "soc1", true))).isNull();
    }
}
