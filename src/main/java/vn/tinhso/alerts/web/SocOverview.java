package vn.tinhso.alerts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.alerts.Severity;
import vn.tinhso.streams.IntakeHealth;

/**
 * The SOC overview's figures, for the console and its API: open alerts by severity and by rule, MTTD and MTTR in
 * seconds, and what intake could not take in (UDP datagrams dropped, lines kept aside as unparseable).
 */
record SocOverview(Map<Severity, Long> openBySeverity, Map<String, Long> topRules, Long mttdSeconds, Long mttrSeconds,
                   long udpDropped, long deadLetters, List<Alert> alerts, List<Incident> incidents) {

    static SocOverview of(Alerts alerts, IntakeHealth intake) {
        List<Alert> all = alerts.find(new Alerts.AlertQuery(null, null, null, null, null, 1000));
        // Drill alerts stay in the queue for the team to work, but not in the figures.
        List<Alert> open = all.stream().filter(a -> !a.drill() && !a.status().equals("CLOSED")).toList();
        Map<Severity, Long> bySeverity = new TreeMap<>(Comparator.reverseOrder());
        for (Severity s : Severity.values()) {
            bySeverity.put(s, open.stream().filter(a -> a.severity() == s).count());
        }
        Map<String, Long> byRule = open.stream().collect(Collectors.groupingBy(Alert::ruleTitle, TreeMap::new, Collectors.summingLong(Alert::count)));
        Set<Long> drillIncidents = all.stream().filter(Alert::drill).map(Alert::incidentId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<Incident> incidents = alerts.incidents().stream().filter(i -> !drillIncidents.contains(i.id())).toList();
        IntakeHealth.Counters counters = intake.counters();
        return new SocOverview(bySeverity, byRule,
                average(incidents.stream().map(i -> i.timeToDetect().toSeconds()).toList()),
                average(incidents.stream().filter(i -> i.timeToResolve() != null).map(i -> i.timeToResolve().toSeconds()).toList()),
                counters.udpDropped(), counters.deadLetters(), all, incidents);
    }

    /** What the API answers: the figures without the lists the page shows. */
    Figures figures() {
        Map<String, Long> severity = new java.util.LinkedHashMap<>();
        openBySeverity.forEach((s, n) -> severity.put(s.code(), n));
        return new Figures(severity, topRules, mttdSeconds, mttrSeconds, new Intake(udpDropped, deadLetters));
    }

    record Figures(Map<String, Long> openBySeverity, Map<String, Long> topRules, Long mttdSeconds, Long mttrSeconds,
                   Intake intake) {
    }

    record Intake(long udpDropped, long deadLetters) {
    }

    private static Long average(List<Long> seconds) {
        return seconds.isEmpty() ? null : Math.round(seconds.stream().mapToLong(Long::longValue).average().orElse(0));
    }
}
