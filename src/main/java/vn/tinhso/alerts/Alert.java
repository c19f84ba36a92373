package vn.tinhso.alerts;

import java.time.Instant;
import java.util.Map;

public record Alert(long id, String module, String ruleId, String ruleTitle, Severity severity, Map<String, String> entities,
                    Instant firstSeen, Instant lastSeen, Instant raisedAt, long count, String status, String assignee,
                    Long incidentId) {
}
