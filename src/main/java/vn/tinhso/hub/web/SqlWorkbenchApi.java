package vn.tinhso.hub.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.hub.internal.SqlResult;
import vn.tinhso.hub.internal.SqlWorkbench;

/** {@code POST /api/hub/sql} with {@code {"sql": "..."}}: columns and rows, or the database's refusal as a 400 problem. */
@RestController
class SqlWorkbenchApi {

    record Query(String sql) {
    }

    private final SqlWorkbench workbench;

    SqlWorkbenchApi(SqlWorkbench workbench) {
        this.workbench = workbench;
    }

    @PostMapping("/api/hub/sql")
    @PreAuthorize(Role.IS_ADMIN_OR_ANALYST)
    ResponseEntity<?> run(@RequestBody Query query, Principal user) {
        if (query.sql() == null || query.sql().isBlank()) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "sql is required"));
        }
        SqlResult result = workbench.run(user.getName(), query.sql());
        if (result.failed()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, result.error());
            problem.setTitle("The database refused the query");
            problem.setProperty("sqlState", result.sqlState());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(result);
    }
}
