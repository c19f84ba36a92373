package vn.tinhso.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Raising, finding and working alerts and incidents. */
public interface Alerts {

    /** Groups the draft into the open alert of the same rule and entities, or opens one; returns the alert. */
    Alert raise(AlertDraft draft);

    /**
     * Raises every draft as {@link #raise} would one after another, in one statement: drafts of the same rule and
     * entities are added up first. For detectors that find many alerts in one batch of events.
     */
    void raiseAll(List<AlertDraft> drafts);

    List<Alert> find(AlertQuery query);

    Optional<Alert> alert(long id);

    /** NEW → ACKNOWLEDGED → CLOSED, by an analyst. */
    Alert setStatus(long id, String status, String actor);

    /** Opens an incident from the alert and links it. */
    Incident openIncident(long alertId, String actor);

    Optional<Incident> incident(long id);

    /** new → triage → contained → resolved → closed; one step forward at a time, written to the timeline. */
    Incident advance(long incidentId, String status, String actor);

    List<Incident> incidents();

    /** Every alert whose first event falls in [from, to), drill ones included (each says whether it is one). */
    List<Alert> firstSeenBetween(Instant from, Instant to);

    /** Every incident whose first event falls in [from, to). */
    List<Incident> incidentsFirstSeenBetween(Instant from, Instant to);

    /** Incidents not closed, by severity, leaving out those opened from drill alerts. */
    java.util.Map<Severity, Long> openIncidentsBySeverity();

    record AlertQuery(String rule, String entity, Instant from, Instant to, String status, int limit) {
    }
}
