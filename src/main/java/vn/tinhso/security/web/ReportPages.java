package vn.tinhso.security.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.alerts.Severity;
import vn.tinhso.security.drills.DrillScore;
import vn.tinhso.security.governance.Compliance;
import vn.tinhso.security.reports.MonthlyReport;
import vn.tinhso.security.reports.MonthlyReports;

/** The monthly SOC report as a page and as an XLSX workbook with the same figures. */
@Controller
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class ReportPages {

    private final MonthlyReports reports;
    private final MessageSource messages;

    ReportPages(MonthlyReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/security/reports/monthly")
    String monthly(@RequestParam(required = false) String month, Model model) {
        MonthlyReport report = reports.of(month(month));
        model.addAttribute("report", report);
        model.addAttribute("mttd", MonthlyReport.minutes(report.meanTimeToDetect()));
        model.addAttribute("mttr", MonthlyReport.minutes(report.meanTimeToResolve()));
        return "security/report-monthly";
    }

    @GetMapping("/security/reports/monthly.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String month) throws IOException {
        MonthlyReport r = reports.of(month(month));
        Locale l = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet(text("security.report.sheet.summary", l));
            int i = 0;
            text(summary, i++, text("security.report.month", l), r.month().toString());
            number(summary, i++, text("security.report.events", l), r.events());
            number(summary, i++, text("security.report.alerts", l), r.alerts());
            number(summary, i++, text("security.report.drillAlertsLeftOut", l), r.drillAlertsLeftOut());
            number(summary, i++, text("security.report.incidents", l), r.incidents());
            number(summary, i++, text("security.report.incidentsClosed", l), r.incidentsClosed());
            optional(summary, i++, text("security.report.mttdMinutes", l), MonthlyReport.minutes(r.meanTimeToDetect()));
            optional(summary, i++, text("security.report.mttrMinutes", l), MonthlyReport.minutes(r.meanTimeToResolve()));
            Compliance.Share c = r.compliance().all();
            number(summary, i++, text("security.report.systems", l), c.systems());
            number(summary, i++, text("security.report.systemsApproved", l), c.approved());
            optional(summary, i, text("security.report.compliancePercent", l), Math.round(c.percent() * 10) / 10.0);

            Sheet events = book.createSheet(text("security.report.sheet.events", l));
            text(events, 0, text("security.report.source", l), text("security.report.events", l));
            counts(events, 1, r.eventsBySource());

            Sheet alerts = book.createSheet(text("security.report.sheet.alerts", l));
            text(alerts, 0, text("security.report.severity", l), text("security.report.alerts", l));
            i = 1;
            for (Map.Entry<Severity, Long> e : r.alertsBySeverity().entrySet()) number(alerts, i++, text("al.severity." + e.getKey().code(), l), e.getValue());
            i++;
            text(alerts, i++, text("security.report.rule", l), text("security.report.ruleTitle", l), text("security.report.alerts", l));
            for (MonthlyReport.RuleCount rc : r.topRules()) {
                Row row = alerts.createRow(i++);
                row.createCell(0).setCellValue(rc.ruleId());
                row.createCell(1).setCellValue(rc.title());
                row.createCell(2).setCellValue(rc.alerts());
            }

            Sheet incidents = book.createSheet(text("security.report.sheet.incidents", l));
            text(incidents, 0, text("security.report.severity", l), text("security.report.incidents", l));
            i = 1;
            for (Map.Entry<Severity, Long> e : r.incidentsBySeverity().entrySet()) number(incidents, i++, text("al.severity." + e.getKey().code(), l), e.getValue());
            i++;
            text(incidents, i++, text("security.report.system", l), text("security.report.incidents", l));
            for (Map.Entry<String, Long> e : r.incidentsBySystem().entrySet()) {
                number(incidents, i++, e.getKey().equals(MonthlyReport.UNATTRIBUTED) ? text("security.report.unattributed", l) : e.getKey(), e.getValue());
            }

            Sheet drills = book.createSheet(text("security.report.sheet.drills", l));
            text(drills, 0, text("security.report.run", l), text("security.drill.scenario", l), text("security.drill.team", l),
                    text("security.drill.startedAt", l), text("security.drill.coverage", l), text("security.drill.score", l));
            i = 1;
            for (DrillScore s : r.drills()) {
                Row row = drills.createRow(i++);
                row.createCell(0).setCellValue(s.run().id());
                row.createCell(1).setCellValue(text("security.drill." + s.run().scenario(), l));
                row.createCell(2).setCellValue(s.run().team());
                row.createCell(3).setCellValue(DrillPages.TIME.format(s.run().startedAt()));
                row.createCell(4).setCellValue(Math.round(s.coverage() * 10) / 10.0);
                row.createCell(5).setCellValue(Math.round(s.score() * 10) / 10.0);
            }
            book.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("soc-" + r.month() + ".xlsx").build().toString())
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) return YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month is written yyyy-MM, not " + text);
        }
    }

    private String text(String key, Locale l) {
        return messages.getMessage(key, null, key, l);
    }

    private static void text(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) row.createCell(i).setCellValue(cells[i]);
    }

    private static void number(Sheet sheet, int index, String label, long value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static void optional(Sheet sheet, int index, String label, Double value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        if (value != null) row.createCell(1).setCellValue(value);
    }

    private static void counts(Sheet sheet, int first, Map<String, Long> counts) {
        int i = first;
        for (Map.Entry<String, Long> e : counts.entrySet()) number(sheet, i++, e.getKey(), e.getValue());
    }
}
