package vn.tinhso.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.alerts.Severity;
import vn.tinhso.platform.NotFoundException;

@Service
class AlertsService implements Alerts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final List<String> ALERT_STATUSES = List.of("NEW", "ACKNOWLEDGED", "CLOSED");
    private static final List<String> INCIDENT_STATUSES = List.of("NEW", "TRIAGE", "CONTAINED", "RESOLVED", "CLOSED");
    private static final String COLUMNS = "id, module, rule_id, rule_title, severity, entities::text, first_seen, last_seen, raised_at, count, status, assignee, incident_id";

    /** A draft joins the open alert of its group: counts add up, the span widens, the severity only rises. */
    private static final String ON_OPEN_GROUP = """
            on conflict (group_key) where status <> 'CLOSED' do update set
                count = alerts.alert.count + excluded.count,
                first_seen = least(alerts.alert.first_seen, excluded.first_seen),
                last_seen = greatest(alerts.alert.last_seen, excluded.last_seen),
                severity = case when array_position(array['informational','low','medium','high','critical'], excluded.severity)
                    > array_position(array['informational','low','medium','high','critical'], alerts.alert.severity)
                    then excluded.severity else alerts.alert.severity end
            """;

    private final JdbcClient jdbc;

    AlertsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Alert raise(AlertDraft d) {
        Map<String, String> entities = new TreeMap<>(d.entities());
        String key = d.module() + "|" + d.ruleId() + "|" + entities;
        long id = jdbc.sql("""
                insert into alerts.alert (group_key, module, rule_id, rule_title, severity, entities, first_seen, last_seen, count)
                values (:k, :m, :r, :t, :s, cast(:e as jsonb), :f, :l, :c)
                """ + ON_OPEN_GROUP + " returning id")
                .param("k", key).param("m", d.module()).param("r", d.ruleId()).param("t", d.ruleTitle())
                .param("s", d.severity().code()).param("e", JSON.writeValueAsString(entities))
                .param("f", Timestamp.from(d.firstSeen())).param("l", Timestamp.from(d.lastSeen())).param("c", d.count())
                .query(Long.class).single();
        return alert(id).orElseThrow();
    }

    @Override
    @Transactional
    public void raiseAll(List<AlertDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Map<String, AlertDraft> grouped = new LinkedHashMap<>();
        for (AlertDraft d : drafts) {
            grouped.merge(d.module() + "|" + d.ruleId() + "|" + new TreeMap<>(d.entities()), d, AlertsService::together);
        }
        List<Map<String, Object>> rows = new ArrayList<>(grouped.size());
        grouped.forEach((key, d) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", key);
            row.put("m", d.module());
            row.put("r", d.ruleId());
            row.put("t", d.ruleTitle());
            row.put("s", d.severity().code());
            row.put("e", new TreeMap<>(d.entities()));
            row.put("f", d.firstSeen().toString());
            row.put("l", d.lastSeen().toString());
            row.put("c", d.count());
            rows.add(row);
        });
        jdbc.sql("""
                insert into alerts.alert (group_key, module, rule_id, rule_title, severity, entities, first_seen, last_seen, count)
                select d->>'k', d->>'m', d->>'r', d->>'t', d->>'s', d->'e', (d->>'f')::timestamptz, (d->>'l')::timestamptz,
                       (d->>'c')::bigint
                from jsonb_array_elements(cast(:drafts as jsonb)) d
                """ + ON_OPEN_GROUP).param("drafts", JSON.writeValueAsString(rows)).update();
    }

    private static AlertDraft together(AlertDraft a, AlertDraft b) {
        return new AlertDraft(a.module(), a.ruleId(), a.ruleTitle(),
                a.severity().compareTo(b.severity()) >= 0 ? a.severity() : b.severity(), a.entities(),
                a.firstSeen().isBefore(b.firstSeen()) ? a.firstSeen() : b.firstSeen(),
                a.lastSeen().isAfter(b.lastSeen()) ? a.lastSeen() : b.lastSeen(), a.count() + b.count());
    }

    @Override
    public List<Alert> find(AlertQuery q) {
        return jdbc.sql("select " + COLUMNS + """
                 from alerts.alert
                where (cast(:rule as text) is null or rule_id = :rule or rule_title ilike '%' || :rule || '%')
                  and (cast(:entity as text) is null or exists (select 1 from jsonb_each_text(entities) e where e.value = :entity))
                  and (cast(:from as timestamptz) is null or last_seen >= :from)
                  and (cast(:to as timestamptz) is null or first_seen < :to)
                  and (cast(:status as text) is null or status = upper(:status))
                order by last_seen desc, id desc limit :limit""")
                .param("rule", q.rule()).param("entity", q.entity())
                .param("from", q.from() == null ? null : Timestamp.from(q.from()))
                .param("to", q.to() == null ? null : Timestamp.from(q.to())).param("status", q.status())
                .param("limit", q.limit() <= 0 ? 200 : Math.min(q.limit(), 1000))
                .query(AlertsService::alertRow).list();
    }

    @Override
    public Optional<Alert> alert(long id) {
        return jdbc.sql("select " + COLUMNS + " from alerts.alert where id = :id").param("id", id).query(AlertsService::alertRow).optional();
    }

    @Override
    @Transactional
    public Alert setStatus(long id, String status, String actor) {
        String s = status.toUpperCase(java.util.Locale.ROOT);
        if (!ALERT_STATUSES.contains(s)) {
            throw new IllegalArgumentException("unknown alert status " + status);
        }
        int n = jdbc.sql("update alerts.alert set status = :s, assignee = coalesce(assignee, :a) where id = :id")
                .param("s", s).param("a", actor).param("id", id).update();
        if (n == 0) {
            throw new NotFoundException("No alert " + id);
        }
        return alert(id).orElseThrow();
    }

    @Override
    @Transactional
    public Incident openIncident(long alertId, String actor) {
        Alert a = alert(alertId).orElseThrow(() -> new NotFoundException("No alert " + alertId));
        if (a.incidentId() != null) {
            return incident(a.incidentId()).orElseThrow();
        }
        long id = jdbc.sql("""
                insert into alerts.incident (title, severity, assignee, first_seen, detected_at)
                values (:t, :s, :a, :f, :d) returning id""")
                .param("t", a.ruleTitle() + " " + a.entities().values()).param("s", a.severity().code()).param("a", actor)
                .param("f", Timestamp.from(a.firstSeen())).param("d", Timestamp.from(a.raisedAt())).query(Long.class).single();
        jdbc.sql("update alerts.alert set incident_id = :i, status = 'ACKNOWLEDGED', assignee = coalesce(assignee, :a) where id = :id")
                .param("i", id).param("a", actor).param("id", alertId).update();
        note(id, actor, "opened from alert #" + alertId + " (" + a.ruleTitle() + ", " + a.count() + " events)");
        return incident(id).orElseThrow();
    }

    @Override
    @Transactional
    public Incident advance(long incidentId, String status, String actor) {
        Incident i = incident(incidentId).orElseThrow(() -> new NotFoundException("No incident " + incidentId));
        String s = status.toUpperCase(java.util.Locale.ROOT);
        int from = INCIDENT_STATUSES.indexOf(i.status());
        int to = INCIDENT_STATUSES.indexOf(s);
        if (to != from + 1) {
            throw new IllegalArgumentException("an incident goes from " + i.status() + " to "
                    + (from + 1 < INCIDENT_STATUSES.size() ? INCIDENT_STATUSES.get(from + 1) : "nowhere") + ", not to " + status);
        }
        jdbc.sql("update alerts.incident set status = :s, closed_at = case when :s = 'CLOSED' then now() else closed_at end where id = :id")
                .param("s", s).param("id", incidentId).update();
        if (s.equals("CLOSED")) {
            jdbc.sql("update alerts.alert set status = 'CLOSED' where incident_id = :id").param("id", incidentId).update();
        }
        note(incidentId, actor, i.status() + " → " + s);
        return incident(incidentId).orElseThrow();
    }

    private void note(long incidentId, String actor, String entry) {
        jdbc.sql("insert into alerts.timeline (incident_id, actor, entry) values (:i, :a, :e)")
                .param("i", incidentId).param("a", actor).param("e", entry).update();
    }

    @Override
    public Optional<Incident> incident(long id) {
        List<Incident.TimelineEntry> timeline = jdbc.sql("select at, actor, entry from alerts.timeline where incident_id = :id order by at, id")
                .param("id", id).query((rs, n) -> new Incident.TimelineEntry(instant(rs, 1), rs.getString(2), rs.getString(3))).list();
        return jdbc.sql("select id, title, severity, status, assignee, created_at, first_seen, detected_at, closed_at from alerts.incident where id = :id")
                .param("id", id).query((rs, n) -> incidentRow(rs, timeline)).optional();
    }

    @Override
    public List<Incident> incidents() {
        return jdbc.sql("select id, title, severity, status, assignee, created_at, first_seen, detected_at, closed_at from alerts.incident order by id desc limit 200")
                .query((rs, n) -> incidentRow(rs, List.of())).list();
    }

    @Override
    public List<Alert> firstSeenBetween(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from alerts.alert where first_seen >= :f and first_seen < :t order by first_seen, id")
                .param("f", Timestamp.from(from)).param("t", Timestamp.from(to)).query(AlertsService::alertRow).list();
    }

    @Override
    public List<Incident> incidentsFirstSeenBetween(Instant from, Instant to) {
        return jdbc.sql("select id, title, severity, status, assignee, created_at, first_seen, detected_at, closed_at from alerts.incident "
                        + "where first_seen >= :f and first_seen < :t order by first_seen, id")
                .param("f", Timestamp.from(from)).param("t", Timestamp.from(to)).query((rs, n) -> incidentRow(rs, List.of())).list();
    }

    @Override
    public Map<Severity, Long> openIncidentsBySeverity() {
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        jdbc.sql("""
                select i.severity, count(*) from alerts.incident i
                 where i.status <> 'CLOSED'
                   and not exists (select 1 from alerts.alert a where a.incident_id = i.id and jsonb_exists(a.entities, :drill))
                 group by i.severity""")
                .param("drill", Alert.DRILL_ENTITY)
                .query((rs, n) -> counts.put(Severity.ofLevel(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    private static Incident incidentRow(ResultSet rs, List<Incident.TimelineEntry> timeline) throws SQLException {
        return new Incident(rs.getLong(1), rs.getString(2), Severity.ofLevel(rs.getString(3)), rs.getString(4), rs.getString(5),
                instant(rs, 6), instant(rs, 7), instant(rs, 8), instant(rs, 9), timeline);
    }

    private static Alert alertRow(ResultSet rs, int n) throws SQLException {
        long incident = rs.getLong(13);
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Severity.ofLevel(rs.getString(5)),
                JSON.readValue(rs.getString(6), MAP), instant(rs, 7), instant(rs, 8), instant(rs, 9), rs.getLong(10),
                rs.getString(11), rs.getString(12), rs.wasNull() ? null : incident);
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
