package vn.tinhso.hub.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.hub.internal.SavedQuery;
import vn.tinhso.hub.internal.SqlResult;
import vn.tinhso.hub.internal.SqlWorkbench;
import vn.tinhso.hub.internal.XlsxExport;

/** The analysts' SQL workbench: a query over the curated views, its rows, a chart, a CSV or XLSX download, and saved queries. */
@Controller
@PreAuthorize(Role.IS_ADMIN_OR_ANALYST)
class SqlWorkbenchPages {

    static final String EXAMPLE = "select commune_code, citizens from analytics_views.citizens_by_commune order by citizens desc";
    private static final int MAX_SQL_LENGTH = 20_000;

    private final SqlWorkbench workbench;

    SqlWorkbenchPages(SqlWorkbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/hub/sql")
    String page(@RequestParam(required = false) Long saved, Model model, Principal user) {
        String sql = saved == null ? EXAMPLE : workbench.visibleTo(user.getName()).stream()
                .filter(q -> q.id() == saved).map(SavedQuery::sql).findFirst().orElse(EXAMPLE);
        return show(sql, null, model, user);
    }

    @PostMapping("/hub/sql")
    String run(@RequestParam String sql, Model model, Principal user) {
        return show(sql, runChecked(user, sql), model, user);
    }

    @PostMapping("/hub/sql/csv")
    ResponseEntity<String> csv(@RequestParam String sql, Principal user) {
        SqlResult result = runChecked(user, sql);
        if (result.failed()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(result.error());
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("query.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(result.toCsv());
    }

    @PostMapping("/hub/sql/xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam String sql, Principal user) {
        SqlResult result = runChecked(user, sql);
        if (result.failed()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(result.error().getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("query.xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(XlsxExport.of(result));
    }

    @PostMapping("/hub/sql/saved")
    String save(@RequestParam String title, @RequestParam String sql, @RequestParam(defaultValue = "false") boolean shared,
                Principal user) {
        String name = title.isBlank() ? "?" : title.strip();
        SavedQuery query = workbench.save(user.getName(), name.length() > 200 ? name.substring(0, 200) : name,
                sql.length() > MAX_SQL_LENGTH ? sql.substring(0, MAX_SQL_LENGTH) : sql, shared);
        return "redirect:/hub/sql?saved=" + query.id();
    }

    private SqlResult runChecked(Principal user, String sql) {
        if (sql.isBlank() || sql.length() > MAX_SQL_LENGTH) {
            return SqlResult.failed("input", "1 – " + MAX_SQL_LENGTH);
        }
        return workbench.run(user.getName(), sql);
    }

    private String show(String sql, SqlResult result, Model model, Principal user) {
        model.addAttribute("sql", sql);
        model.addAttribute("result", result);
        model.addAttribute("saved", workbench.visibleTo(user.getName()));
        return "hub/sql";
    }
}
