package vn.tinhso.security.drills;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a team did in one run: per inject, whether the expected alert came, how long after the inject, and how long the
 * team took to contain it (from the incident workflow); technique coverage = techniques detected ÷ techniques tested;
 * score = share of injects detected and handled (alert closed, or its incident contained or further).
 */
public record DrillScore(DrillRun run, List<InjectResult> injects, int techniquesTested, int techniquesDetected,
                         double coverage, double score, Duration meanTimeToDetect, List<TimelineItem> timeline) {

    /** {@code sentAt} null: not sent yet (a paced run before the inject falls due). */
    public record InjectResult(String code, String technique, Instant at, Instant sentAt, String expectedRule, int events, Long alertId,
                               Instant detectedAt, Duration timeToDetect, Duration timeToContain, String alertStatus,
                               Long incidentId, boolean handled) {
        public boolean detected() {
            return alertId != null;
        }

        public boolean pending() {
            return sentAt == null;
        }
    }

    public record TimelineItem(Instant at, String what, String detail) {
    }

    /** Seconds, or null, for pages. */
    public static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }
}
