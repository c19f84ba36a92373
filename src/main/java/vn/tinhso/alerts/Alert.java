package vn.tinhso.alerts;

import java.time.Instant;
import java.util.Map;

public record Alert(long id, String module, String ruleId, String ruleTitle, Severity severity, Map<String, String> entities,
                    Instant firstSeen, Instant lastSeen, Instant raisedAt, long count, String status, String assignee,
                    Long incidentId) {

    /** The entity a detector adds to alerts it raised from drill data. */
    public static final String DRILL_ENTITY = "drill";

    /** Raised from drill data: the team handles it as usual, the real statistics leave it out. */
    public boolean drill() {
        return entities.containsKey(DRILL_ENTITY);
    }
}
