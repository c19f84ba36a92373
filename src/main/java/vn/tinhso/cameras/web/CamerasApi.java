package vn.tinhso.cameras.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.tinhso.access.Role;
import vn.tinhso.cameras.internal.CameraHealth;
import vn.tinhso.cameras.internal.CameraViews;
import vn.tinhso.cameras.internal.PlateHistory;
import vn.tinhso.cameras.internal.Violations;
import vn.tinhso.cameras.internal.WatchlistHits;

/** The cameras' registry and health for everyone signed in; reads, hits and violations for camera operators. */
@RestController
@Tag(name = "cameras")
class CamerasApi {

    private final CameraHealth health;
    private final CameraViews views;
    private final PlateHistory history;
    private final WatchlistHits hits;
    private final Violations violations;
    private final vn.tinhso.cameras.internal.FaceEnrolments faces;

    CamerasApi(CameraHealth health, CameraViews views, PlateHistory history, WatchlistHits hits, Violations violations,
               vn.tinhso.cameras.internal.FaceEnrolments faces) {
        this.faces = faces;
        this.health = health;
        this.views = views;
        this.history = history;
        this.hits = hits;
        this.violations = violations;
    }

    @Operation(summary = "Cameras as GeoJSON points with their kind and health (online, silent, offline, maintenance, retired)")
    @GetMapping("/api/cameras/cameras")
    Map<String, Object> cameras() {
        Instant now = Instant.now();
        List<Map<String, Object>> features = health.all(now).stream().filter(c -> c.camera().latitude() != null).map(c -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", c.camera().code());
            p.put("name", c.camera().name());
            p.put("kind", c.camera().kind());
            p.put("road", c.camera().road());
            p.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
            p.put("lastSeen", c.camera().lastSeen());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "Feature");
            f.put("geometry", Map.of("type", "Point", "coordinates", List.of(c.camera().longitude(), c.camera().latitude())));
            f.put("properties", p);
            return f;
        }).toList();
        return Map.of("type", "FeatureCollection", "features", features);
    }

    @Operation(summary = "Counts of cameras by health, AI cameras, hits today and violations waiting for review")
    @GetMapping("/api/cameras/summary")
    Map<String, Object> summary() {
        Instant now = Instant.now();
        Map<String, Object> m = new LinkedHashMap<>();
        var counts = health.counts(now);
        m.put("total", counts.values().stream().mapToLong(Long::longValue).sum());
        counts.forEach((k, v) -> m.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        m.put("ai", health.all(now).stream().filter(c -> c.camera().ai()).count());
        m.put("hitsToday", views.hitsOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))));
        m.put("violationsPending", views.pendingViolations());
        return m;
    }

    @Operation(summary = "Latest reads, plates masked (series and last two digits)")
    @GetMapping("/api/cameras/reads")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    List<CameraViews.ReadRow> reads(@RequestParam(required = false) String camera, @RequestParam(defaultValue = "100") int limit) {
        return views.reads(camera, Math.max(1, Math.min(limit, 1000)), false);
    }

    @Operation(summary = "Where a plate has been: needs a purpose, and the read is written to the audit log")
    @GetMapping("/api/cameras/plates/{plate}/history")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    List<PlateHistory.Sighting> history(@PathVariable String plate, @RequestParam(required = false) String purpose,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Instant end = to == null ? Instant.now() : to;
        return history.of(plate, from == null ? end.minus(java.time.Duration.ofDays(30)) : from, end, purpose);
    }

    @Operation(summary = "Watchlist hits, pending first, plates masked")
    @GetMapping("/api/cameras/hits")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    List<Map<String, Object>> hits(@RequestParam(required = false) String status) {
        return views.hits(status, 200, List.of(Role.CAMERA_OPERATOR.name())).stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.id());
            m.put("at", h.at());
            m.put("camera", h.camera());
            m.put("watchlist", h.watchlist());
            m.put("kind", h.kind());
            m.put("distance", h.distance());
            m.put("status", h.status());
            m.put("alert", h.alertId());
            return m;
        }).toList();
    }

    record Decision(boolean confirmed, String reason) {
    }

    @Operation(summary = "Confirm or dismiss a hit, with the reason (audited; the alert is closed)")
    @PostMapping("/api/cameras/hits/{id}/decision")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    Map<String, Object> decide(@PathVariable long id, @RequestBody Decision decision, Authentication who) {
        hits.decide(id, decision.confirmed(), decision.reason(), who.getName());
        return Map.of("id", id, "status", decision.confirmed() ? "confirmed" : "dismissed");
    }

    @Operation(summary = "Enrol a face on a face watchlist (an enrolment id or an embedding); needs a purpose, audited")
    @PostMapping("/api/cameras/faces")
    @PreAuthorize(Role.IS_ADMIN_OR_FACE_ANALYST)
    Map<String, Object> enrol(@RequestBody vn.tinhso.cameras.internal.FaceEnrolments.Enrolment enrolment, Authentication who) {
        return Map.of("entry", faces.enrol(enrolment, who.getName()));
    }

    @Operation(summary = "Face watchlist hits (face analysts and administrators only)")
    @GetMapping("/api/cameras/face-hits")
    @PreAuthorize(Role.IS_ADMIN_OR_FACE_ANALYST)
    List<Map<String, Object>> faceHits() {
        return views.hits(null, 200, List.of(Role.FACE_ANALYST.name())).stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.id());
            m.put("at", h.at());
            m.put("camera", h.camera());
            m.put("watchlist", h.watchlist());
            m.put("status", h.status());
            return m;
        }).toList();
    }

    @Operation(summary = "Violations, newest first")
    @GetMapping("/api/cameras/violations")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    List<Violations.Violation> violations(@RequestParam(required = false) String status) {
        return violations.list(status, 500);
    }

    @Operation(summary = "Recompute the violations' evidence chain; names the first record that does not hold")
    @GetMapping("/api/cameras/violations/verify")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    Map<String, Object> verify() {
        var broken = violations.firstBroken();
        return broken.<Map<String, Object>>map(id -> Map.of("intact", false, "firstBroken", id)).orElse(Map.of("intact", true));
    }

    @Operation(summary = "Confirmed violations as CSV for the traffic police's handling procedure (Decree 135/2021)")
    @GetMapping("/api/cameras/violations/export.csv")
    @PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "confirmed") String status) {
        StringBuilder csv = new StringBuilder("\uFEFFid,kind,time_utc,camera,section,plate,evidence_sha256,status,reviewed_by,evidence\n");
        for (Violations.Violation v : violations.list(status, 100_000)) {
            csv.append(v.id()).append(',').append(v.kind()).append(',').append(v.at()).append(',').append(v.camera()).append(',')
                    .append(v.sectionCode() == null ? "" : v.sectionCode()).append(',').append(v.display()).append(',').append(v.hash())
                    .append(',').append(v.status()).append(',').append(v.reviewedBy() == null ? "" : v.reviewedBy()).append(",\"")
                    .append(v.evidence().replace("\"", "\"\"")).append("\"\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=violations-" + status + ".csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
