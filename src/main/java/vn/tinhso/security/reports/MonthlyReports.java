package vn.tinhso.security.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.alerts.Severity;
import vn.tinhso.security.drills.DrillScore;
import vn.tinhso.security.drills.Drills;
import vn.tinhso.security.governance.Attribution;
import vn.tinhso.security.governance.Compliance;
import vn.tinhso.security.governance.SystemRegistry;

/**
 * Builds the monthly report from the alerts and incidents whose first event falls in the month (Vietnam time), the
 * event counts, the drill runs started in it and the registry as it stands at the month's end (or today).
 */
@Service
public class MonthlyReports {

    private final Alerts alerts;
    private final EventCounts events;
    private final Attribution attribution;
    private final Drills drills;
    private final SystemRegistry registry;

    MonthlyReports(Alerts alerts, EventCounts events, Attribution attribution, Drills drills, SystemRegistry registry) {
        this.alerts = alerts;
        this.events = events;
        this.attribution = attribution;
        this.drills = drills;
        this.registry = registry;
    }

    public MonthlyReport of(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate next = month.plusMonths(1).atDay(1);
        Instant from = EventCounts.start(first);
        Instant to = EventCounts.start(next);

        List<Alert> all = alerts.firstSeenBetween(from, to);
        List<Alert> real = all.stream().filter(a -> !a.drill()).toList();
        Set<Long> drillIncidents = all.stream().filter(Alert::drill).map(Alert::incidentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, List<Alert>> byIncident = real.stream().filter(a -> a.incidentId() != null)
                .collect(Collectors.groupingBy(Alert::incidentId));

        Map<Severity, Long> alertsBySeverity = bySeverity(real.stream().map(Alert::severity).toList());
        Map<String, RuleTally> rules = new LinkedHashMap<>();
        for (Alert a : real) rules.computeIfAbsent(a.ruleId(), r -> new RuleTally(r, a.ruleTitle())).count++;
        List<MonthlyReport.RuleCount> top = rules.values().stream()
                .map(t -> new MonthlyReport.RuleCount(t.id, t.title, t.count))
                .sorted(Comparator.comparingLong(MonthlyReport.RuleCount::alerts).reversed().thenComparing(MonthlyReport.RuleCount::ruleId))
                .limit(MonthlyReport.TOP_RULES).toList();

        List<Incident> incidents = alerts.incidentsFirstSeenBetween(from, to).stream()
                .filter(i -> !drillIncidents.contains(i.id())).toList();
        Map<String, Long> bySystem = new TreeMap<>();
        for (Incident i : incidents) {
            Set<String> names = new LinkedHashSet<>();
            for (Alert a : byIncident.getOrDefault(i.id(), List.of())) {
                attribution.systems(a).forEach(s -> names.add(s.name()));
            }
            if (names.isEmpty()) names.add(MonthlyReport.UNATTRIBUTED);
            names.forEach(n -> bySystem.merge(n, 1L, Long::sum));
        }
        Map<String, Long> systems = new LinkedHashMap<>();
        bySystem.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> systems.put(e.getKey(), e.getValue()));
        List<Duration> detect = incidents.stream().map(Incident::timeToDetect).filter(d -> !d.isNegative()).toList();
        List<Duration> resolve = incidents.stream().map(Incident::timeToResolve).filter(Objects::nonNull).toList();

        List<DrillScore> drillScores = drills.runs().stream()
                .filter(r -> !r.startedAt().isBefore(from) && r.startedAt().isBefore(to))
                .map(r -> drills.score(r.id()))
                .sorted(Comparator.comparing(s -> s.run().startedAt())).toList();
        LocalDate asOf = next.minusDays(1).isBefore(LocalDate.now(EventCounts.ZONE)) ? next.minusDays(1) : LocalDate.now(EventCounts.ZONE);
        Compliance compliance = Compliance.of(registry.find(SystemRegistry.Filter.ALL), asOf);

        return new MonthlyReport(month, events.bySource(first, next), real.size(), alertsBySeverity, top, all.size() - real.size(),
                incidents.size(), bySeverity(incidents.stream().map(Incident::severity).toList()), systems, mean(detect), mean(resolve),
                resolve.size(), drillScores, compliance);
    }

    /** Every severity, most severe first, zero where there is none. */
    private static Map<Severity, Long> bySeverity(List<Severity> severities) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        severities.forEach(s -> counts.merge(s, 1L, Long::sum));
        Map<Severity, Long> out = new LinkedHashMap<>();
        Severity[] all = Severity.values();
        for (int i = all.length - 1; i >= 0; i--) out.put(all[i], counts.getOrDefault(all[i], 0L));
        return out;
    }

    private static Duration mean(List<Duration> durations) {
        if (durations.isEmpty()) return null;
        return durations.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(durations.size());
    }

    private static final class RuleTally {
        final String id;
        final String title;
        long count;

        RuleTally(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }
}
