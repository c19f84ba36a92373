package vn.tinhso.alerts;

import java.time.Instant;
import java.util.Map;

/** What a detector saw: which rule, how severe, on which entities (host, source.ip, user, plate…), when and how often. */
public record AlertDraft(String module, String ruleId, String ruleTitle, Severity severity, Map<String, String> entities,
                         Instant firstSeen, Instant lastSeen, long count) {
}
