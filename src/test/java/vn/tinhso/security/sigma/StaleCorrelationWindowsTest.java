package vn.tinhso.security.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StaleCorrelationWindowsTest {

    private static Map<String, Object> failure(String ip) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("process.name", "sshd");
        e.put("event.category", "authentication");
        e.put("event.outcome", "failure");
        e.put("source.ip", ip);
        e.put("user.name", "root");
        return e;
    }

    @Test
    void aWindowIsDroppedOnceItsSourcesClockPassesItByTheTimespanAndAnotherSourcesClockLeavesItAlone() throws Exception {
        SigmaRules.Loaded l = new SigmaRules(Map.of()).loadDirectory(SigmaEngineTest.bundled().resolve("pack"));
        Correlator correlator = new Correlator(l.correlations());
        Instant live = Instant.parse("2026-11-28T02:00:00Z");
        Instant old = Instant.parse("2025-03-01T08:00:00Z");
        Map<String, Object> attempt = failure("203.0.113.50");
        correlator.accept("syslog:bastion", live, attempt, l.rules().stream().filter(r -> r.matches(attempt)).toList());
        Map<String, Object> replayed = failure("198.51.100.60");
        correlator.accept("replay:old-auth.log", old, replayed, l.rules().stream().filter(r -> r.matches(replayed)).toList());
        int open = correlator.openWindows();
        assertThat(open).isPositive().isEven();
        correlator.drainChanged();

        correlator.observe("syslog:bastion", live.plus(Duration.ofMinutes(4)));
        assertThat(correlator.prune()).isZero();

        // Past the brute-force window (5 min) but not the spraying one (10 min).
        correlator.observe("syslog:bastion", live.plus(Duration.ofMinutes(6)));
        assertThat(correlator.prune()).isEqualTo(1);
        correlator.observe("syslog:bastion", live.plus(Duration.ofMinutes(11)));
        assertThat(correlator.prune()).isEqualTo(open / 2 - 1);

        List<Correlator.Window> changed = correlator.drainChanged();
        assertThat(changed).hasSize(open / 2).allSatisfy(w -> {
            assertThat(w.group()).contains("203.0.113.50");
            assertThat(w.seen()).isEmpty();
        });
        // The replayed file's windows are judged by the replay's own clock, which has not moved on.
        assertThat(correlator.openWindows()).isEqualTo(open / 2);
        correlator.observe("replay:old-auth.log", old.plus(Duration.ofHours(1)));
        assertThat(correlator.prune()).isEqualTo(open / 2);
        assertThat(correlator.openWindows()).isZero();
    }

    @Test
    void aRestoredWindowKeepsItsSourceAndIsPrunedByIt() throws Exception {
        SigmaRules.Loaded l = new SigmaRules(Map.of()).loadDirectory(SigmaEngineTest.bundled().resolve("pack"));
        Correlator before = new Correlator(l.correlations());
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        Map<String, Object> attempt = failure("203.0.113.51");
        before.accept("syslog:bastion", t, attempt, l.rules().stream().filter(r -> r.matches(attempt)).toList());
        List<Correlator.Window> stored = before.drainChanged();
        assertThat(stored).isNotEmpty().allSatisfy(w -> assertThat(w.source()).isEqualTo("syslog:bastion"));

        Correlator after = new Correlator(l.correlations());
        after.restore(stored);
        after.observe("syslog:other-host", t.plus(Duration.ofDays(1)));
        assertThat(after.prune()).isZero();
        after.observe("syslog:bastion", t.plus(Duration.ofHours(1)));
        assertThat(after.prune()).isEqualTo(stored.size());
    }
}
