package vn.tinhso.catalog.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRefused;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.internal.DatasetVersions;


/** Datasets with their versions, the upload form, and the job page whose progress bar follows the import. */
@Controller
@RequestMapping("/catalog")
class CatalogPageController {

    private static final String WRITERS = "hasAnyRole('ADMIN','ANALYST','DATA_STEWARD','SOC_ANALYST','CAMERA_OPERATOR')";

    private final Imports imports;
    private final DatasetVersions versions;

    CatalogPageController(Imports imports, DatasetVersions versions) {
        this.imports = imports;
        this.versions = versions;
    }

    @GetMapping
    String datasets(Model model) {
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
    String version(@PathVariable long id, Model model) {
        model.addAttribute("job", job(id));
        return "catalog/version";
    }

    @GetMapping("/imports/new")
    @PreAuthorize(WRITERS)
    String uploadForm(Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("today", java.time.LocalDate.now());
        return "catalog/upload";
    }

    @PostMapping("/imports")
    @PreAuthorize(WRITERS)
    String upload(@RequestParam MultipartFile file, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String dataset, @RequestParam String source,
                  @RequestParam(defaultValue = "false") boolean acceptValidRows,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate referenceDate, Principal user, Model model) throws IOException {
        try {
            ImportJob job = imports.submit(new ImportRequest(file.getOriginalFilename(), file.getBytes(), kind, dataset, source,
                    user.getName(), acceptValidRows, referenceDate));
            return "redirect:/catalog/jobs/" + job.id();
        } catch (ImportRefused | IllegalArgumentException e) {
            model.addAttribute("kinds", imports.kinds());
            model.addAttribute("today", referenceDate != null ? referenceDate : java.time.LocalDate.now());
            model.addAttribute("error", e.getMessage());
            return "catalog/upload";
        }
    }

    @GetMapping("/jobs/{id}")
    String jobPage(@PathVariable long id, Model model) {
        model.addAttribute("job", job(id));
        return "catalog/job";
    }

    /** The progress fragment htmx swaps in every half second until the job has finished. */
    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", job(id));
        return "catalog/job :: progress";
    }

    private ImportJob job(long id) {
        return imports.job(id).orElseThrow(() -> notFound("No import " + id));
    }

    /** Pages answer 404 with the error page; the API's problem details are for REST controllers. */
    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
