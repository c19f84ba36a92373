package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;

/**
 * The Sigma detector's promises, whatever event log it reads: run once on the PostgreSQL log and once on the Kafka
 * log. Each implementation uses its own attacker addresses and sources, as both run in the shared test database.
 */
abstract class DetectorContract {

    @Autowired Alerts alerts;
    @Autowired JdbcClient jdbc;

    abstract Intake intake();

    abstract SigmaDetector detector();

    /** A distinct last octet per implementation, so the two runs never group into each other's alerts. */
    abstract int octet();

    abstract String name();

    /** Stands for a process restart where the implementation allows it (a fresh log client and detector). */
    abstract void restart();

    void detectAll() {
        while (detector().runOnce() > 0) {
            // drain the log
        }
    }

    long counted(String source) {
        return jdbc.sql("select coalesce(sum(events), 0) from security.event_count where source = :s")
                .param("s", source).query(Long.class).single();
    }

    List<Alert> bruteForce(String attacker) {
        return alerts.find(new Alerts.AlertQuery(SocPipelineTest.BRUTE_FORCE, attacker, null, null, null, 10));
    }

    @Test
    void aReplayedBruteForceOpensOneGroupedAlertCarryingTheAttackingIp() {
        String attacker = "203.0.113." + octet();
        Instant start = Instant.parse("2026-11-28T07:00:00Z");
        String source = "detector-" + name();
        Intake.IntakeResult result = intake().accept(source, LogFormat.AUTH, SocPipelineTest.YEAR_2026,
                SocPipelineTest.authLog(attacker, start, 15));
        assertThat(result.accepted()).isEqualTo(19);
        detectAll();

        assertThat(bruteForce(attacker)).singleElement().satisfies(a -> {
            assertThat(a.entities()).containsEntry("source.ip", attacker);
            assertThat(a.count()).isEqualTo(10);
            assertThat(a.firstSeen()).isEqualTo(start);
        });
        assertThat(counted(source)).isEqualTo(19);
    }

    @Test
    void detectionResumesFromItsCheckpointWithTheWindowKeptAndNoEventCountedTwice() {
        String attacker = "198.51.100." + octet();
        Instant start = Instant.parse("2026-11-28T08:00:00Z");
        String source = "detector-resume-" + name();
        List<String> lines = SocPipelineTest.authLog(attacker, start, 10).stream()
                .filter(l -> l.contains(attacker)).toList();
        intake().accept(source, LogFormat.AUTH, SocPipelineTest.YEAR_2026, lines.subList(0, 6));
        detectAll();
        assertThat(bruteForce(attacker)).isEmpty();
        assertThat(counted(source)).isEqualTo(6);

        restart();
        intake().accept(source, LogFormat.AUTH, SocPipelineTest.YEAR_2026, lines.subList(6, 10));
        detectAll();
        // Six failures before the checkpoint and four after it make one window of ten, read once each.
        assertThat(bruteForce(attacker)).singleElement().satisfies(a -> {
            assertThat(a.count()).isEqualTo(10);
            assertThat(a.firstSeen()).isEqualTo(start);
            assertThat(a.lastSeen()).isEqualTo(start.plusSeconds(90));
        });
        assertThat(counted(source)).isEqualTo(10);
    }
}
