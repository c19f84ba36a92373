package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.security.reports.MonthlyReport;
import vn.tinhso.security.reports.MonthlyReports;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * The monthly SOC report counts the alerts and incidents of its month, attributes incidents to information systems,
 * leaves drill data out, and says the same in the XLSX export and in both languages. Its months (2019) are far from the
 * demo's and the other tests'.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MonthlySocReportTest {

    static final YearMonth MARCH = YearMonth.of(2019, 3);

    @Autowired Alerts alerts;
    @Autowired MonthlyReports reports;
    @Autowired Imports imports;
    @Autowired Intake intake;
    @Autowired SigmaDetector detector;
    @Autowired MockMvc mvc;

    Alert raise(String rule, Severity severity, Map<String, String> entities, String day) {
        Instant at = Instant.parse("2019-03-" + day + "T03:00:00Z");
        return alerts.raise(new AlertDraft("security", rule, "Report test " + rule, severity, entities, at, at, 1));
    }

    @Test
    void aMonthWithKnownAlertsAndIncidentsGivesThoseCountsOnThePageInTheWorkbookAndOnTheHomeCard() throws Exception {
        assertThat(imports.runNow(new ImportRequest("report-systems.csv", ("name,owner_agency,proposed_level,approved_level,dossier_status,decision_date,assets\n"
                + "RPT Portal,RPT Agency,3,3,approved,2018-05-01,10.219.70.0/24\n").getBytes(StandardCharsets.UTF_8),
                "security.systems", null, "Report test", "steward", false)).status()).isEqualTo(ImportStatus.ACCEPTED);
        Map<Severity, Long> openBefore = alerts.openIncidentsBySeverity();

        Alert a1 = raise("rpt-a", Severity.HIGH, Map.of("source.ip", "198.51.100.1"), "05");
        raise("rpt-a", Severity.HIGH, Map.of("source.ip", "198.51.100.2"), "06");
        Alert portal = raise("rpt-b", Severity.CRITICAL, Map.of("destination.ip", "10.219.70.9"), "07");
        Alert drill = raise("rpt-a", Severity.HIGH, Map.of("source.ip", "198.51.100.3", Alert.DRILL_ENTITY, "drill-990001"), "08");
        raise("rpt-a", Severity.HIGH, Map.of("source.ip", "198.51.100.4"), "30");
        alerts.raise(new AlertDraft("security", "rpt-a", "Report test rpt-a", Severity.HIGH, Map.of("source.ip", "198.51.100.5"),
                Instant.parse("2019-04-01T03:00:00Z"), Instant.parse("2019-04-01T03:00:00Z"), 1));

        alerts.openIncident(portal.id(), "soc1");
        long closed = alerts.openIncident(a1.id(), "soc1").id();
        for (String s : List.of("TRIAGE", "CONTAINED", "RESOLVED", "CLOSED")) alerts.advance(closed, s, "soc1");
        alerts.openIncident(drill.id(), "soc1");

        MonthlyReport r = reports.of(MARCH);
        assertThat(r.alerts()).as("four real alerts, the April one and the drill one not").isEqualTo(4);
        assertThat(r.drillAlertsLeftOut()).isEqualTo(1);
        assertThat(r.alertsBySeverity()).containsEntry(Severity.HIGH, 3L).containsEntry(Severity.CRITICAL, 1L).containsEntry(Severity.LOW, 0L);
        assertThat(r.topRules()).extracting(MonthlyReport.RuleCount::ruleId, MonthlyReport.RuleCount::alerts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rpt-a", 3L), org.assertj.core.groups.Tuple.tuple("rpt-b", 1L));
        assertThat(r.incidents()).as("the drill incident is left out").isEqualTo(2);
        assertThat(r.incidentsBySeverity()).containsEntry(Severity.CRITICAL, 1L).containsEntry(Severity.HIGH, 1L);
        assertThat(r.incidentsBySystem()).containsExactlyInAnyOrderEntriesOf(Map.of("RPT Portal", 1L, MonthlyReport.UNATTRIBUTED, 1L));
        assertThat(r.incidentsClosed()).isEqualTo(1);
        assertThat(r.meanTimeToResolve()).isNotNull();
        assertThat(r.meanTimeToDetect()).isPositive();

        Map<Severity, Long> openAfter = alerts.openIncidentsBySeverity();
        assertThat(openAfter.getOrDefault(Severity.CRITICAL, 0L)).isEqualTo(openBefore.getOrDefault(Severity.CRITICAL, 0L) + 1);
        assertThat(openAfter.getOrDefault(Severity.HIGH, 0L)).as("one closed, one a drill's").isEqualTo(openBefore.getOrDefault(Severity.HIGH, 0L));

        byte[] xlsx = mvc.perform(get("/security/reports/monthly.xlsx").param("month", "2019-03").param("lang", "en")
                        .with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Double> summary = numbers(book.getSheet("Summary"));
            assertThat(summary).containsEntry("Alerts", 4.0).containsEntry("Incidents", 2.0).containsEntry("Incidents closed", 1.0)
                    .containsEntry("Drill alerts (not counted)", 1.0);
            Map<String, Double> incidents = numbers(book.getSheet("Incidents"));
            assertThat(incidents).containsEntry("RPT Portal", 1.0).containsEntry("No system identified", 1.0);
            assertThat(numbers(book.getSheet("Alerts"))).containsEntry("High", 3.0).containsEntry("Critical", 1.0);
        }

        String home = mvc.perform(get("/").param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("card-alerts-open-incidents").contains("Open security incidents")
                .contains("Critical " + openAfter.getOrDefault(Severity.CRITICAL, 0L) + ", high " + openAfter.getOrDefault(Severity.HIGH, 0L));
    }

    @Test
    void theReportRendersInBothLanguagesAndCountsEventsPerSourceWithoutDrillSources() throws Exception {
        ParseOptions april = new ParseOptions(2019, ZoneOffset.UTC, Clock.systemUTC());
        intake.accept("report-events", LogFormat.AUTH, april, SocPipelineTest.authLog("198.51.100.200", Instant.parse("2019-05-10T03:00:00Z"), 4));
        intake.accept("drill:990002", LogFormat.AUTH, april, SocPipelineTest.authLog("198.51.100.201", Instant.parse("2019-05-10T04:00:00Z"), 4));
        while (detector.runOnce() > 0) {
            // drain the log
        }
        MonthlyReport may = reports.of(YearMonth.of(2019, 5));
        assertThat(may.eventsBySource()).containsKey("report-events").doesNotContainKey("drill:990002");
        long received = may.eventsBySource().get("report-events");
        assertThat(received).isPositive();

        String vi = mvc.perform(get("/security/reports/monthly").param("month", "2019-05").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("Báo cáo hoạt động giám sát an toàn thông tin tháng 2019-05").contains("report-events")
                .contains("id=\"report-events\">" + received + "<").contains("chart-report-alerts");
        String en = mvc.perform(get("/security/reports/monthly").param("month", "2019-05").param("lang", "en")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Security monitoring report for 2019-05").contains("Top 10 rules by alerts").contains("Critical");
        mvc.perform(get("/security/reports/monthly").param("month", "May").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/security/reports/monthly").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    static Map<String, Double> numbers(Sheet sheet) {
        Map<String, Double> out = new LinkedHashMap<>();
        sheet.forEach(row -> {
            if (row.getCell(0) == null || row.getCell(1) == null) return;
            if (row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                out.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
            }
        });
        return out;
    }
}
