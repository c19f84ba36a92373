package vn.tinhso.hub.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.tinhso.hub.internal.OpenData;
import vn.tinhso.hub.internal.PublicationBlocked;
import vn.tinhso.platform.NotFoundException;

/** The open-data catalogue (DCAT-AP as JSON-LD) and its distributions as CSV and JSON. */
@RestController
@RequestMapping("/api/hub/open")
class OpenDataApi {

    private final OpenData open;

    OpenDataApi(OpenData open) {
        this.open = open;
    }

    @GetMapping(value = "/catalog", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    Map<String, Object> catalog(HttpServletRequest request) {
        return open.catalog(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }

    @GetMapping("/{dataset}.json")
    List<Map<String, Object>> json(@PathVariable String dataset) {
        return open.rows(find(dataset));
    }

    @GetMapping("/{dataset}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String dataset) {
        OpenData.OpenDataset d = find(dataset);
        StringBuilder csv = new StringBuilder(String.join(",", d.columns())).append('\n');
        for (Map<String, Object> row : open.rows(d)) {
            StringBuilder line = new StringBuilder();
            for (String column : d.columns()) {
                if (!line.isEmpty()) line.append(',');
                Object v = row.get(column);
                line.append(v == null ? "" : csvCell(v.toString()));
            }
            csv.append(line).append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + d.id() + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula. */
    private static String csvCell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+") ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    @ExceptionHandler(PublicationBlocked.class)
    ResponseEntity<ProblemDetail> blocked(PublicationBlocked e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Publication blocked by failed expectations");
        problem.setProperty("failedExpectations", e.failed().stream().map(f -> f.expectation()).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private OpenData.OpenDataset find(String id) {
        return open.dataset(id).orElseThrow(() -> new NotFoundException("no open dataset " + id));
    }
}
