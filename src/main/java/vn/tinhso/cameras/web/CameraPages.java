package vn.tinhso.cameras.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.PersonalDataReads;
import vn.tinhso.access.Role;
import vn.tinhso.cameras.internal.CameraHealth;
import vn.tinhso.cameras.internal.CameraRegistry;
import vn.tinhso.cameras.internal.CameraViews;
import vn.tinhso.cameras.internal.ImageFiles;
import vn.tinhso.cameras.internal.PlateHistory;
import vn.tinhso.cameras.internal.SectionSpeed;
import vn.tinhso.cameras.internal.Violations;
import vn.tinhso.cameras.internal.WatchlistHits;
import vn.tinhso.cameras.internal.Watchlists;
import vn.tinhso.platform.NotFoundException;

@Controller
class CameraPages {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CameraHealth health;
    private final CameraRegistry registry;
    private final CameraViews views;
    private final PlateHistory history;
    private final WatchlistHits hits;
    private final Watchlists watchlists;
    private final Violations violations;
    private final SectionSpeed sections;
    private final ImageFiles images;
    private final PersonalDataReads gate;
    private final AuditLog audit;
    private final vn.tinhso.cameras.internal.SetAsidePayloads setAside;

    CameraPages(CameraHealth health, CameraRegistry registry, CameraViews views, PlateHistory history, WatchlistHits hits,
                Watchlists watchlists, Violations violations, SectionSpeed sections, ImageFiles images, PersonalDataReads gate,
                AuditLog audit, vn.tinhso.cameras.internal.SetAsidePayloads setAside) {
        this.health = health;
        this.registry = registry;
        this.views = views;
        this.history = history;
        this.hits = hits;
        this.watchlists = watchlists;
        this.violations = violations;
        this.sections = sections;
        this.images = images;
        this.gate = gate;
        this.audit = audit;
        this.setAside = setAside;
    }

    @GetMapping("/cameras")
    String map(@RequestParam(required = false) String status, Model model) {
        Instant now = Instant.now();
        List<CameraHealth.CameraStatus> all = health.all(now);
        model.addAttribute("counts", health.counts(now));
        model.addAttribute("total", all.size());
        model.addAttribute("ai", all.stream().filter(c -> c.camera().ai()).count());
        model.addAttribute("byKind", all.stream().collect(Collectors.groupingBy(c -> c.camera().kind(), java.util.TreeMap::new, Collectors.counting())));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("listed", all.stream()
                .filter(c -> status == null || status.isBlank() ? c.status() != CameraHealth.Status.ONLINE
                        : c.status().name().equalsIgnoreCase(status))
                .limit(300).toList());
        model.addAttribute("setAside", views.setAside());
        return "cameras/map";
    }

    @GetMapping("/cameras/camera/{code}")
    String camera(@PathVariable String code, Model model) {
        var camera = registry.camera(code).orElseThrow(() -> new NotFoundException("no camera " + code));
        model.addAttribute("camera", camera);
        model.addAttribute("status", health.status(camera, Instant.now()).name().toLowerCase(java.util.Locale.ROOT));
        List<CameraRegistry.Uptime> uptime = registry.uptime(code, LocalDate.now(ZONE).minusDays(13));
        model.addAttribute("uptime", uptime);
        model.addAttribute("uptimeDays", uptime.stream().map(u -> u.day().toString()).collect(Collectors.joining("|")));
        model.addAttribute("uptimeValues", uptime.stream().map(u -> String.valueOf(Math.round(u.share() * 1000) / 10.0)).collect(Collectors.joining("|")));
        model.addAttribute("reads", views.reads(code, 50, false));
        return "cameras/camera";
    }

    @GetMapping("/cameras/hits")
    @PreAuthorize(Role.IS_WATCHLIST_READER)
    String hits(@RequestParam(required = false) String status, Authentication who, Model model) {
        model.addAttribute("hits", views.hits(status == null || status.isBlank() ? null : status, 300, roles(who)));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("lists", watchlists.lists().stream().map(w -> Map.entry(w, watchlists.entries(w.id()))).toList());
        return "cameras/hits";
    }

    /** The queue alone, for the page to refresh itself every few seconds. */
    @GetMapping("/cameras/hits/queue")
    @PreAuthorize(Role.IS_WATCHLIST_READER)
    String hitQueue(@RequestParam(required = false) String status, Authentication who, Model model) {
        model.addAttribute("hits", views.hits(status == null || status.isBlank() ? null : status, 300, roles(who)));
        model.addAttribute("status", status == null ? "" : status);
        return "cameras/hits :: queue";
    }

    @GetMapping("/cameras/hits/{id}")
    @PreAuthorize(Role.IS_WATCHLIST_READER)
    String hit(@PathVariable long id, @RequestParam(required = false) String purpose, Authentication who, Model model) {
        var hit = views.hit(id).filter(h -> views.visible(id, roles(who)))
                .orElseThrow(() -> new NotFoundException("no hit " + id));
        boolean unmasked = false;
        if (purpose != null && !purpose.isBlank()) {
            gate.authorize("camera-hit", String.valueOf(id), purpose, Role.ADMIN, Role.CAMERA_OPERATOR, Role.FACE_ANALYST);
            unmasked = true;
        }
        model.addAttribute("hit", hit);
        model.addAttribute("unmasked", unmasked);
        model.addAttribute("plate", unmasked ? hit.plate() : mask(hit.plate()));
        model.addAttribute("listed", unmasked ? hit.listed() : mask(hit.listed()));
        model.addAttribute("images", views.reads(hit.camera(), 1000, false).stream().filter(r -> r.id() == hit.readId())
                .findFirst().map(CameraViews.ReadRow::images).orElse(List.of()));
        return "cameras/hit";
    }

    @PostMapping("/cameras/hits/{id}/decision")
    @PreAuthorize(Role.IS_WATCHLIST_READER)
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  Authentication who, RedirectAttributes redirect) {
        try {
            hits.decide(id, "confirm".equals(decision), reason, who.getName());
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cameras/hits/" + id;
    }

    @GetMapping("/cameras/violations")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    String violations(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("violations", violations.list(status == null || status.isBlank() ? null : status, 300));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("sections", sections.sections());
        model.addAttribute("chain", violations.firstBroken());
        return "cameras/violations";
    }

    @GetMapping("/cameras/violations/{id}")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    String violation(@PathVariable long id, Model model) {
        var v = violations.violation(id).orElseThrow(() -> new NotFoundException("no violation " + id));
        audit.record(new AuditEntry(null, "camera.violation.view", "camera-violation", String.valueOf(id), "violation review", null));
        model.addAttribute("violation", v);
        model.addAttribute("evidence", vn.tinhso.cameras.internal.EvidenceText.pretty(v.evidence()));
        return "cameras/violation";
    }

    @PostMapping("/cameras/violations/{id}/review")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    String review(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  Authentication who, RedirectAttributes redirect) {
        if (!"confirm".equals(decision) && (reason == null || reason.isBlank())) {
            redirect.addFlashAttribute("problem", "reason");
        } else if (violations.review(id, "confirm".equals(decision), reason, who.getName())) {
            audit.record(new AuditEntry(who.getName(), "camera.violation." + ("confirm".equals(decision) ? "confirm" : "reject"),
                    "camera-violation", String.valueOf(id), "violation review", reason));
        }
        return "redirect:/cameras/violations/" + id;
    }

    @GetMapping("/cameras/set-aside")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    String setAside(Model model) {
        model.addAttribute("payloads", setAside.waiting(200));
        return "cameras/set-aside";
    }

    @PostMapping("/cameras/set-aside/{id}")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    String retry(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String camera,
                 Authentication who, RedirectAttributes redirect) {
        if ("dismiss".equals(action)) {
            setAside.dismiss(id, who.getName());
        } else {
            var r = setAside.retry(id, camera, who.getName());
            redirect.addFlashAttribute("result", r.setAside() == null ? "stored:" + r.stored() : "failed:" + r.reason());
        }
        return "redirect:/cameras/set-aside";
    }

    @GetMapping("/cameras/traffic")
    String traffic(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                   @RequestParam(required = false) String camera, Model model) {
        LocalDate d = day != null ? day : views.lastDayWithReads().orElse(LocalDate.now(ZONE));
        List<CameraViews.TrafficPoint> points = views.hourly(d, camera == null || camera.isBlank() ? null : camera);
        model.addAttribute("day", d);
        model.addAttribute("camera", camera == null ? "" : camera);
        model.addAttribute("classes", points.stream().map(CameraViews.TrafficPoint::vehicleClass).distinct().sorted().toList());
        model.addAttribute("series", points.stream().map(p -> p.slot().atZone(ZONE).getHour() + ":" + p.vehicleClass() + ":" + p.vehicles())
                .collect(Collectors.joining("|")));
        model.addAttribute("total", points.stream().mapToLong(CameraViews.TrafficPoint::vehicles).sum());
        model.addAttribute("busiest", views.busiest(d, 15));
        model.addAttribute("congestion", views.congestion(d));
        return "cameras/traffic";
    }

    @GetMapping("/cameras/plates")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    String plates(@RequestParam(required = false) String plate, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate end = to != null ? to : LocalDate.now(ZONE);
        LocalDate start = from != null ? from : end.minusDays(30);
        model.addAttribute("plate", plate == null ? "" : plate);
        model.addAttribute("purpose", purpose == null ? "" : purpose);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        if (plate != null && !plate.isBlank()) {
            List<PlateHistory.Sighting> sightings = history.of(plate, start.atStartOfDay(ZONE).toInstant(),
                    end.plusDays(1).atStartOfDay(ZONE).toInstant(), purpose);
            model.addAttribute("sightings", sightings);
            model.addAttribute("track", sightings.stream().filter(s -> s.latitude() != null)
                    .map(s -> s.latitude() + "," + s.longitude() + "," + s.cameraName().replace("|", " ").replace(",", " "))
                    .collect(Collectors.joining("|")));
        }
        return "cameras/plates";
    }

    @GetMapping("/cameras/images/{sha256}")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    ResponseEntity<byte[]> image(@PathVariable String sha256) {
        byte[] bytes = images.read(sha256).orElseThrow(() -> new NotFoundException("no image " + sha256));
        audit.record(new AuditEntry(null, "camera.image.view", "camera-image", sha256, null, null));
        MediaType type = bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(bytes);
    }

    private static List<String> roles(Authentication who) {
        return who.getAuthorities().stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", "")).toList();
    }

    private static String mask(String display) {
        return vn.tinhso.cameras.internal.PlateMask.mask(display);
    }
}
