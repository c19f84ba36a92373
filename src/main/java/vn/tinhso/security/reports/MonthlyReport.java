package vn.tinhso.security.reports;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import vn.tinhso.alerts.Severity;
import vn.tinhso.security.drills.DrillScore;
import vn.tinhso.security.governance.Compliance;

/**
 * The SOC's month: events read per source, alerts by severity and rule, incidents by severity and information system,
 * mean times to detect and to resolve, the drills run and the dossier compliance. Drill data is left out of every
 * figure except the drills themselves; {@code drillAlertsLeftOut} says how much was left out.
 *
 * @param incidentsBySystem incidents per information system name; an incident touching two systems counts for each,
 *                          one touching none counts under {@link #UNATTRIBUTED}
 */
public record MonthlyReport(YearMonth month, Map<String, Long> eventsBySource, long alerts, Map<Severity, Long> alertsBySeverity,
                            List<RuleCount> topRules, long drillAlertsLeftOut, long incidents, Map<Severity, Long> incidentsBySeverity,
                            Map<String, Long> incidentsBySystem, Duration meanTimeToDetect, Duration meanTimeToResolve,
                            long incidentsClosed, List<DrillScore> drills, Compliance compliance) {

    public static final String UNATTRIBUTED = "";
    public static final int TOP_RULES = 10;

    public record RuleCount(String ruleId, String title, long alerts) {
    }

    public long events() {
        return eventsBySource.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Minutes, one decimal, or null when there is nothing to average. */
    public static Double minutes(Duration d) {
        return d == null ? null : Math.round(d.toSeconds() / 6.0) / 10.0;
    }
}
