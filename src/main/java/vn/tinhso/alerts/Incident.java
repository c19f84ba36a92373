package vn.tinhso.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An incident: MTTD is from the first event to the alert, MTTR from the alert to closing; both null until known.
 */
public record Incident(long id, String title, Severity severity, String status, String assignee, Instant createdAt,
                       Instant firstSeen, Instant detectedAt, Instant closedAt, List<TimelineEntry> timeline) {

    public Duration timeToDetect() {
        return Duration.between(firstSeen, detectedAt);
    }

    public Duration timeToResolve() {
        return closedAt == null ? null : Duration.between(detectedAt, closedAt);
    }

    public record TimelineEntry(Instant at, String actor, String entry) {
    }
}
