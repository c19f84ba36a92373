package vn.tinhso.security.drills;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.ParseOptions;

/**
 * Runs drills and scores them. A run sends its scenario's injects through {@link Intake} under the source
 * {@code drill:<run>}, with event times laid out as the script says and ending now; the detector tags what it raises
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

    public DrillRun start(String scenarioCode, String team, String actor) {
        Scenario scenario = ScenarioLibrary.byCode(scenarioCode).orElseThrow(() -> new NotFoundException("No drill scenario " + scenarioCode));
        if (team == null || team.isBlank() || team.length() > 200) throw new IllegalArgumentException("name the team (at most 200 characters)");
        long id = jdbc.sql("insert into security.drill_run (scenario, team, started_by) values (:s, :t, :a) returning id")
                .param("s", scenario.code()).param("t", team.trim()).param("a", actor).query(Long.class).single();
        DrillRun run = run(id).orElseThrow();
        // The script's last inject falls a minute before now, so every event is in the past when it is detected.
        Instant base = Instant.now().minusSeconds(scenario.span() + 60L).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (Scenario.Inject inject : scenario.injects()) {
            Instant at = base.plusSeconds(inject.offsetSeconds());
            List<String> lines = inject.script().lines(at, id);
            intake.accept(run.source(), inject.format(), new ParseOptions(at.atZone(ZoneOffset.UTC).getYear(), ZoneOffset.UTC,
                    Clock.systemUTC()), lines);
            jdbc.sql("""
                    insert into security.drill_inject (run_id, code, technique, expected_rule, expected_entity, at, events)
                    values (:r, :c, :t, :e, :x, :at, :n)""")
                    .param("r", id).param("c", inject.code()).param("t", inject.technique()).param("e", inject.expectedRule())
                    .param("x", inject.expectedEntity() == null ? null : inject.expectedEntity().apply(id))
                    .param("at", Timestamp.from(at)).param("n", lines.size()).update();
        }
        return run;
    }

    public Optional<DrillRun> run(long id) {
        return jdbc.sql("select id, scenario, team, started_by, started_at, lessons, lessons_by from security.drill_run where id = :id")
                .param("id", id).query(Drills::runRow).optional();
    }

    public List<DrillRun> runs() {
        return jdbc.sql("select id, scenario, team, started_by, started_at, lessons, lessons_by from security.drill_run order by id desc")
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
        record Row(String code, String technique, String rule, String entity, Instant at, int events) {
        }
        List<Row> rows = jdbc.sql("select code, technique, expected_rule, expected_entity, at, events from security.drill_inject "
                        + "where run_id = :id order by at, code")
                .param("id", id).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6))).list();
        for (Row r : rows) {
            timeline.add(new DrillScore.TimelineItem(r.at(), "inject", r.code() + " (" + r.technique() + ", " + r.events() + ")"));
            Optional<Alert> hit = raised.stream()
                    .filter(a -> a.ruleId().equals(r.rule()) && (r.entity() == null || a.entities().containsValue(r.entity())))
                    .min(Comparator.comparing(Alert::raisedAt));
            if (hit.isEmpty()) {
                results.add(new DrillScore.InjectResult(r.code(), r.technique(), r.at(), r.rule(), r.events(), null, null, null, null, null, null, false));
                continue;
            }
            Alert a = hit.get();
            Duration detect = Duration.between(r.at(), a.raisedAt());
            Optional<Incident> incident = a.incidentId() == null ? Optional.empty() : alerts.incident(a.incidentId());
            Instant contained = incident.flatMap(i -> i.timeline().stream().filter(t -> t.entry().endsWith("→ CONTAINED"))
                    .map(Incident.TimelineEntry::at).findFirst()).orElse(null);
            boolean handled = "CLOSED".equals(a.status()) || incident.map(i -> CONTAINED_OR_LATER.contains(i.status())).orElse(false);
            results.add(new DrillScore.InjectResult(r.code(), r.technique(), r.at(), r.rule(), r.events(), a.id(), a.raisedAt(),
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
                rs.getString(6), rs.getString(7));
    }
}
