package vn.tinhso.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tinhso.catalog.internal.ImportTemplates;
import org.springframework.http.MediaType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRefused;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.internal.DatasetVersions;
import vn.tinhso.catalog.internal.ImportProblems;
import vn.tinhso.catalog.internal.DatasetVersions.DatasetSummary;
import vn.tinhso.platform.NotFoundException;

/** Upload a file as a background import job, follow it, and read datasets with their versions. */
@RestController
@RequestMapping("/api/catalog")
class ImportApiController {

    private final Imports imports;
    private final DatasetVersions versions;
    private final UploadAudit uploads;

    private final ImportProblems problems;

    ImportApiController(Imports imports, DatasetVersions versions, UploadAudit uploads, ImportProblems problems) {
        this.imports = imports;
        this.problems = problems;
        this.versions = versions;
        this.uploads = uploads;
    }

    /** Answers 202 with the job; poll {@code GET /api/catalog/imports/{id}} until its status is final. */
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> upload(@RequestParam MultipartFile file, @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String dataset, @RequestParam String source,
                                     @RequestParam(defaultValue = "false") boolean acceptValidRows,
                                     @RequestParam(required = false) Set<String> options,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     java.time.LocalDate referenceDate, Principal user) throws IOException {
        ImportJob job = uploads.submitting(file, kind, () -> imports.submit(
                Uploads.request(file, kind, dataset, source, user.getName(), acceptValidRows, options).describing(referenceDate)));
        return ResponseEntity.accepted().location(URI.create("/api/catalog/imports/" + job.id())).body(job);
    }

    /** Only the uploader, data stewards and admins follow a job; to others it does not exist. */
    @GetMapping("/imports/{id}")
    ImportJob job(@PathVariable long id, Authentication user) {
        return imports.job(id).filter(job -> UploadAudit.mayRead(job, user))
                .orElseThrow(() -> new NotFoundException("No import " + id));
    }

    /** Every problem of an import, a thousand to a page (the job itself carries only the first thousand). */
    @GetMapping("/imports/{id}/problems")
    ImportProblems.Page problems(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Authentication user) {
        job(id, user);
        return problems.page(id, page);
    }

    @GetMapping("/imports/kinds")
    List<String> kinds() {
        return imports.kinds();
    }

    /** A file with the kind's columns and an example row: {@code format=csv} (default) or {@code xlsx} (with the valid codes). */
    @GetMapping("/imports/kinds/{kind}/template")
    ResponseEntity<byte[]> template(@PathVariable String kind, @RequestParam(defaultValue = "csv") String format) {
        var template = imports.template(kind).orElseThrow(() -> new NotFoundException("No import kind " + kind + "; known: " + imports.kinds()));
        boolean xlsx = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw new IllegalArgumentException("format must be csv or xlsx, got " + format);
        };
        String fileName = kind.replace('.', '-') + "-template." + format;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(xlsx ? ImportTemplates.xlsx(template) : ImportTemplates.csv(template));
    }

    @GetMapping("/datasets")
    List<DatasetSummary> datasets() {
        return versions.datasets();
    }

    @GetMapping("/datasets/{id}/versions")
    List<ImportJob> datasetVersions(@PathVariable long id) {
        versions.dataset(id).orElseThrow(() -> new NotFoundException("No dataset " + id));
        return versions.ofDataset(id);
    }

    @ExceptionHandler(ImportRefused.class)
    ProblemDetail refused(ImportRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("The file cannot be imported");
        problem.setType(URI.create("https://tinhso.vn/problems/import-refused"));
        return problem;
    }
}
