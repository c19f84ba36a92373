package vn.tinhso.security.drills;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.ParseOptions;

/**
 * Runs drills and scores them. A run sends its scenario's injects through {@link Intake} under the source
 * {@code drill:<run>}, paced as the script says or compressed into its start; the detector tags what it raises
 * from them with {@code drill = drill-<run>}. The team works the alerts as usual; the score is read from the alerts and
 * incidents on each request.
 */
@Service
public class Drills {

    public static final String SOURCE_PREFIX = "drill:";
    private static final Set<String> CONTAINED_OR_LATER = Set.of("CONTAINED", "RESOLVED", "CLOSED");

    private final JdbcClient jdbc;
    private final Intake intake;
    private final Alerts alerts;

    Drills(JdbcClient jdbc, Intake intake, Alerts alerts) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.alerts = alerts;
    }

    /** The drill tag of an event source, or null for real data. */
    public static String tagOfSource(String source) {
        if (source == null || !source.startsWith(SOURCE_PREFIX)) return null;
        String id = source.substring(SOURCE_PREFIX.length());
        return id.matches("\\d{1,18}") ? DrillRun.tagOf(Long.parseLong(id)) : null;
    }

    /**
     * Records the run and its injects, then sends those already due. Paced: each inject falls due at start + its offset
     * and its events are dated then. Compressed: all are due now, their events dated as the script lays them out,
     * ending a minute before now, so the whole attack is in the past when it is detected.
     */
    public DrillRun start(String scenarioCode, String team, String actor, boolean paced) {
        Scenario scenario = ScenarioLibrary.byCode(scenarioCode).orElseThrow(() -> new NotFoundException("No drill scenario " + scenarioCode));
        if (team == null || team.isBlank() || team.length() > 200) throw new IllegalArgumentException("name the team (at most 200 characters)");
        long id = jdbc.sql("insert into security.drill_run (scenario, team, started_by, paced) values (:s, :t, :a, :p) returning id")
                .param("s", scenario.code()).param("t", team.trim()).param("a", actor).param("p", paced).query(Long.class).single();
        DrillRun run = run(id).orElseThrow();
        Instant start = run.startedAt().truncatedTo(ChronoUnit.SECONDS);
        Instant base = paced ? start : start.minusSeconds(scenario.span() + 60L);
        for (Scenario.Inject inject : scenario.injects()) {
            Instant at = base.plusSeconds(inject.offsetSeconds());
            jdbc.sql("""
                    insert into security.drill_inject (run_id, code, technique, expected_rule, expected_entity, at, due_at)
                    values (:r, :c, :t, :e, :x, :at, :due)""")
                    .param("r", id).param("c", inject.code()).param("t", inject.technique()).param("e", inject.expectedRule())
                    .param("x", inject.expectedEntity() == null ? null : inject.expectedEntity().apply(id))
                    .param("at", Timestamp.from(at)).param("due", Timestamp.from(paced ? at : start)).update();
        }
        sendDue();
        return run;
    }

    @Scheduled(initialDelayString = "${tinhso.security.drills.interval:1s}", fixedDelayString = "${tinhso.security.drills.interval:1s}")
    void poll() {
        sendDue();
    }

    /**
     * Sends the injects that are due. Each is claimed (sent_at set) before its lines go to the intake, so two nodes or
     * two calls never send one twice; an inject whose sending fails stays claimed and shows as sent without events.
     */
    public synchronized int sendDue() {
        record Due(long run, String code, String scenario, Instant at) {
        }
        List<Due> due = jdbc.sql("""
                update security.drill_inject i set sent_at = now()
                  from security.drill_run r
                 where r.id = i.run_id and i.sent_at is null and i.due_at <= now()
                returning i.run_id, i.code, r.scenario, i.at""")
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant())).list();
        for (Due d : due.stream().sorted(Comparator.comparing(Due::at)).toList()) {
            Scenario.Inject inject = ScenarioLibrary.byCode(d.scenario()).flatMap(s -> s.injects().stream()
                    .filter(i -> i.code().equals(d.code())).findFirst()).orElse(null);
            if (inject == null) continue;
            List<String> lines = inject.script().lines(d.at(), d.run());
            intake.accept(SOURCE_PREFIX + d.run(), inject.format(),
                    new ParseOptions(d.at().atZone(ZoneOffset.UTC).getYear(), ZoneOffset.UTC, Clock.systemUTC()), lines);
            jdbc.sql("update security.drill_inject set events = :n where run_id = :r and code = :c")
                    .param("n", lines.size()).param("r", d.run()).param("c", d.code()).update();
        }
        return due.size();
    }

    public Optional<DrillRun> run(long id) {
        return jdbc.sql("select id, scenario, team, started_by, started_at, paced, lessons, lessons_by from security.drill_run where id = :id")
                .param("id", id).query(Drills::runRow).optional();
    }

    public List<DrillRun> runs() {
        return jdbc.sql("select id, scenario, team, started_by, started_at, paced, lessons, lessons_by from security.drill_run order by id desc")
                .query(Drills::runRow).list();
    }

    public void lessons(long id, String text, String actor) {
        if (text != null && text.length() > 20_000) throw new IllegalArgumentException("lessons have at most 20,000 characters");
        int n = jdbc.sql("update security.drill_run set lessons = :l, lessons_by = :a where id = :id")
                .param("l", text == null || text.isBlank() ? null : text.strip()).param("a", actor).param("id", id).update();
        if (n == 0) throw new NotFoundException("No drill run " + id);
    }

    public DrillScore score(long id) {
        DrillRun run = run(id).orElseThrow(() -> new NotFoundException("No drill run " + id));
        List<Alert> raised = alerts.find(new Alerts.AlertQuery(null, run.tag(), null, null, null, 1000));
        List<DrillScore.InjectResult> results = new ArrayList<>();
        List<DrillScore.TimelineItem> timeline = new ArrayList<>();
        record Row(String code, String technique, String rule, String entity, Instant at, Instant sent, int events) {
        }
        List<Row> rows = jdbc.sql("select code, technique, expected_rule, expected_entity, at, sent_at, events from security.drill_inject "
                        + "where run_id = :id order by at, code")
                .param("id", id).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getInt(7)))
                .list();
        for (Row r : rows) {
            if (r.sent() != null) {
                timeline.add(new DrillScore.TimelineItem(r.at(), "inject", r.code() + " (" + r.technique() + ", " + r.events() + ")"));
            }
            Optional<Alert> hit = raised.stream()
                    .filter(a -> a.ruleId().equals(r.rule()) && (r.entity() == null || a.entities().containsValue(r.entity())))
                    .min(Comparator.comparing(Alert::raisedAt));
            if (hit.isEmpty()) {
                results.add(new DrillScore.InjectResult(r.code(), r.technique(), r.at(), r.sent(), r.rule(), r.events(), null, null, null, null,
                        null, null, false));
                continue;
            }
            Alert a = hit.get();
            // From the attack as scripted; in a compressed run, whose events are dated in the past, from the sending.
            Instant attack = r.sent() != null && r.sent().isAfter(r.at()) ? r.sent() : r.at();
            Duration detect = Duration.between(attack, a.raisedAt());
            Optional<Incident> incident = a.incidentId() == null ? Optional.empty() : alerts.incident(a.incidentId());
            Instant contained = incident.flatMap(i -> i.timeline().stream().filter(t -> t.entry().endsWith("→ CONTAINED"))
                    .map(Incident.TimelineEntry::at).findFirst()).orElse(null);
            boolean handled = "CLOSED".equals(a.status()) || incident.map(i -> CONTAINED_OR_LATER.contains(i.status())).orElse(false);
            results.add(new DrillScore.InjectResult(r.code(), r.technique(), r.at(), r.sent(), r.rule(), r.events(), a.id(), a.raisedAt(),
                    detect.isNegative() ? Duration.ZERO : detect, contained == null ? null : Duration.between(a.raisedAt(), contained),
                    a.status(), a.incidentId(), handled));
            if (timeline.stream().noneMatch(t -> t.what().equals("alert") && t.detail().startsWith("#" + a.id() + " "))) {
                timeline.add(new DrillScore.TimelineItem(a.raisedAt(), "alert", "#" + a.id() + " " + a.ruleTitle()));
                incident.ifPresent(i -> i.timeline().forEach(t -> timeline.add(
                        new DrillScore.TimelineItem(t.at(), "incident", "#" + i.id() + " " + t.entry() + " (" + t.actor() + ")"))));
            }
        }
        timeline.sort(Comparator.comparing(DrillScore.TimelineItem::at));
        List<String> tested = results.stream().map(DrillScore.InjectResult::technique).distinct().toList();
        long detected = tested.stream().filter(t -> results.stream().anyMatch(x -> x.technique().equals(t) && x.detected())).count();
        long handled = results.stream().filter(DrillScore.InjectResult::handled).count();
        Duration mean = results.stream().map(DrillScore.InjectResult::timeToDetect).filter(Objects::nonNull)
                .reduce(Duration::plus).map(d -> d.dividedBy(Math.max(1, results.stream().filter(DrillScore.InjectResult::detected).count())))
                .orElse(null);
        return new DrillScore(run, results, tested.size(), (int) detected, tested.isEmpty() ? 0 : 100.0 * detected / tested.size(),
                results.isEmpty() ? 0 : 100.0 * handled / results.size(), mean, timeline);
    }

    /** The runs of one scenario, best first: higher score, then shorter mean time to detect. */
    public List<DrillScore> ranking(String scenario) {
        return runs().stream().filter(r -> r.scenario().equals(scenario)).map(r -> score(r.id()))
                .sorted(Comparator.comparingDouble(DrillScore::score).reversed()
                        .thenComparing(s -> s.meanTimeToDetect() == null ? Duration.ofDays(365) : s.meanTimeToDetect()))
                .toList();
    }

    private static DrillRun runRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DrillRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getBoolean(6), rs.getString(7), rs.getString(8));
    }
}
