package vn.tinhso.catalog.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.access.Role;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRefused;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.internal.DatasetVersions;
import vn.tinhso.catalog.internal.ImportProblems;


/** Datasets with their versions, the upload form, and the job page whose progress bar follows the import. */
@Controller
@RequestMapping("/catalog")
class CatalogPageController {


    private final Imports imports;
    private final DatasetVersions versions;
    private final UploadAudit uploads;
    private final List<String> options;
    private final java.util.Map<String, ImportKind> kinds;

    private final ImportProblems problems;

    CatalogPageController(Imports imports, DatasetVersions versions, UploadAudit uploads, List<ImportKind> kinds, ImportProblems problems) {
        this.imports = imports;
        this.problems = problems;
        this.versions = versions;
        this.uploads = uploads;
        this.kinds = kinds.stream().collect(java.util.stream.Collectors.toMap(ImportKind::code, k -> k, (a, b) -> a));
        this.options = java.util.stream.Stream.concat(kinds.stream().flatMap(k -> k.options().stream()).filter(o -> !o.endsWith("=")),
                java.util.stream.Stream.of(vn.tinhso.catalog.ImportRequest.PREVIEW)).distinct().sorted().toList();
    }

    @GetMapping
    String datasets(Model model, Authentication user) {
        // A viewer is not shown the import link: the form would answer 403.
        model.addAttribute("canImport", user != null && Role.anyOf(user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList(), Role.ADMIN, Role.ANALYST, Role.DATA_STEWARD, Role.SOC_ANALYST,
                Role.CAMERA_OPERATOR));
        model.addAttribute("datasets", versions.datasets());
        model.addAttribute("recent", versions.recent(10));
        return "catalog/datasets";
    }

    @GetMapping("/datasets/{id}")
    String dataset(@PathVariable long id, Model model) {
        model.addAttribute("dataset", versions.dataset(id).orElseThrow(() -> notFound("No dataset " + id)));
        model.addAttribute("versions", versions.ofDataset(id));
        return "catalog/dataset";
    }

    @GetMapping("/versions/{id}")
    String version(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("job", job(id));
        model.addAttribute("dataLink", dataLink(job(id)));
        model.addAttribute("logEntries", versions.logEntries(id));
        ImportProblems.Page problems = this.problems.page(id, page);
        model.addAttribute("problemCount", problems.total());
        model.addAttribute("problemPage", problems.problems());
        model.addAttribute("page", problems.page());
        model.addAttribute("pages", problems.pages());
        return "catalog/version";
    }

    /** Every problem of the import, however many, as CSV (with a byte order mark so that Excel reads it as UTF-8). */
    @GetMapping(value = "/versions/{id}/problems.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> problemsCsv(@PathVariable long id, java.util.Locale locale) {
        job(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-problems.csv\"")
                .body(out -> problems.writeCsv(id, locale, out));
    }

    @GetMapping("/imports/new")
    @PreAuthorize(Role.IS_WRITER)
    String uploadForm(Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("options", options);
        model.addAttribute("today", java.time.LocalDate.now());
        return "catalog/upload";
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Role.IS_WRITER)
    String upload(@RequestParam MultipartFile file, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String dataset, @RequestParam String source,
                  @RequestParam(defaultValue = "false") boolean acceptValidRows,
                  @RequestParam(required = false) Set<String> options,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate referenceDate,
                  Principal user, Model model) throws IOException {
        try {
            ImportJob job = uploads.submitting(file, kind, () -> imports.submit(
                    Uploads.request(file, kind, dataset, source, user.getName(), acceptValidRows, options).describing(referenceDate)));
            return "redirect:/catalog/jobs/" + job.id();
        } catch (ImportRefused | IllegalArgumentException e) {
            model.addAttribute("kinds", imports.kinds());
            model.addAttribute("options", this.options);
            model.addAttribute("today", referenceDate != null ? referenceDate : java.time.LocalDate.now());
            model.addAttribute("error", e.getMessage());
            return "catalog/upload";
        }
    }

    @GetMapping("/jobs/{id}")
    String jobPage(@PathVariable long id, Model model, Authentication user) {
        ImportJob job = ownJob(id, user);
        model.addAttribute("job", job);
        model.addAttribute("dataLink", dataLink(job));
        return "catalog/job";
    }

    /** The progress fragment htmx swaps in every half second until the job has finished. */
    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable long id, Model model, Authentication user) {
        ImportJob job = ownJob(id, user);
        model.addAttribute("job", job);
        model.addAttribute("dataLink", dataLink(job));
        return "catalog/job :: progress";
    }

    /** A job is followed by its uploader, data stewards and admins; to others it does not exist. */
    private ImportJob ownJob(long id, Authentication user) {
        return imports.job(id).filter(job -> UploadAudit.mayRead(job, user)).orElseThrow(() -> notFound("No import " + id));
    }

    /** The page showing what an accepted import brought, if its kind has one. */
    private String dataLink(ImportJob job) {
        ImportKind kind = kinds.get(job.kind());
        return kind == null || job.status() != vn.tinhso.catalog.ImportStatus.ACCEPTED ? null : kind.dataLink(job.id());
    }

    private ImportJob job(long id) {
        return imports.job(id).orElseThrow(() -> notFound("No import " + id));
    }

    /** Pages answer 404 with the error page; the API's problem details are for REST controllers. */
    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
