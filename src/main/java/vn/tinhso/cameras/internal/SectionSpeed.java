package vn.tinhso.cameras.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.cameras.Camera;
import vn.tinhso.cameras.Recognition;

/**
 * Average-speed control over configured sections: a read at a section's exit camera is joined to the same plate's
 * read at its entry camera (same class where the section names classes, within the window); both times are corrected
 * by the cameras' measured clock offsets and the remaining clock error is deducted before judging, so a driver is
 * only held to the speed the evidence proves even with both clocks wrong in his favour.
 */
@Service
public class SectionSpeed {

    public record Section(String code, String name, String entryCamera, String exitCamera, double distanceM, double limitKmh,
                   List<String> classes, int windowMinutes) {
    }

    private final JdbcClient jdbc;
    private final CameraRegistry cameras;
    private final Violations violations;
    private final double clockErrorSeconds;
    private final double toleranceKmh;

    SectionSpeed(JdbcClient jdbc, CameraRegistry cameras, Violations violations,
                 @Value("${tinhso.cameras.clock-error-seconds:0.5}") double clockErrorSeconds,
                 @Value("${tinhso.cameras.speed-tolerance-kmh:5}") double toleranceKmh) {
        this.jdbc = jdbc;
        this.cameras = cameras;
        this.violations = violations;
        this.clockErrorSeconds = clockErrorSeconds;
        this.toleranceKmh = toleranceKmh;
    }

    void save(Section s) {
        cached = null;
        jdbc.sql("""
                insert into cameras.section (code, name, entry_camera, exit_camera, distance_m, limit_kmh, classes, window_minutes)
                values (:code, :name, :entry, :exit, :distance, :limit, :classes, :window)
                on conflict (code) do update set name = excluded.name, entry_camera = excluded.entry_camera,
                    exit_camera = excluded.exit_camera, distance_m = excluded.distance_m, limit_kmh = excluded.limit_kmh,
                    classes = excluded.classes, window_minutes = excluded.window_minutes""")
                .param("code", s.code()).param("name", s.name()).param("entry", s.entryCamera()).param("exit", s.exitCamera())
                .param("distance", s.distanceM()).param("limit", s.limitKmh()).param("classes", s.classes().toArray(String[]::new))
                .param("window", s.windowMinutes()).update();
    }

    /** Sections change seldom and every exit read asks for them: kept until one is saved. */
    private volatile List<Section> cached;

    public List<Section> sections() {
        List<Section> known = cached;
        if (known != null) return known;
        return cached = jdbc.sql("select * from cameras.section order by code").query((rs, n) -> new Section(rs.getString("code"),
                rs.getString("name"), rs.getString("entry_camera"), rs.getString("exit_camera"), rs.getDouble("distance_m"),
                rs.getDouble("limit_kmh"), Arrays.asList((String[]) rs.getArray("classes").getArray()), rs.getInt("window_minutes")))
                .list();
    }

    /** Whether any section ends at the camera: most reads need no judging at all. */
    boolean endsAt(String camera) {
        return sections().stream().anyMatch(s -> s.exitCamera().equals(camera));
    }

    /** Judges a plate read at an exit camera against every section ending there; returns the violations recorded. */
    @Transactional
    List<Long> judge(StoredRead exit) {
        Recognition r = exit.read();
        List<Long> recorded = new ArrayList<>();
        if (r.type() != Recognition.Type.PLATE || r.plate() == null || !r.plate().valid()) return recorded;
        for (Section s : sections()) {
            if (!s.exitCamera().equals(exit.camera())) continue;
            if (!s.classes().isEmpty() && r.vehicleKind() != null && !s.classes().contains(r.vehicleKind())) continue;
            entryRead(s, r).flatMap(entry -> judge(s, entry, exit)).ifPresent(recorded::add);
        }
        return recorded;
    }

    private record EntryRead(long id, Instant at, String vehicleClass, String images) {
    }

    private Optional<EntryRead> entryRead(Section s, Recognition exit) {
        return jdbc.sql("""
                select id, at, vehicle_class, images::text as images from cameras.read
                where camera = :camera and canonical = :canonical and type = 'plate'
                  and at < :exit and at >= :from
                  and (cast(:class as text) is null or vehicle_class is null or vehicle_class = :class)
                order by at desc limit 1""")
                .param("camera", s.entryCamera()).param("canonical", exit.plate().canonical())
                .param("exit", exit.time().atOffset(ZoneOffset.UTC))
                .param("from", exit.time().minus(Duration.ofMinutes(s.windowMinutes())).atOffset(ZoneOffset.UTC))
                .param("class", exit.vehicleKind())
                .query((rs, n) -> new EntryRead(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("vehicle_class"), rs.getString("images"))).optional();
    }

    private Optional<Long> judge(Section s, EntryRead entry, StoredRead exit) {
        Camera in = cameras.camera(s.entryCamera()).orElseThrow();
        Camera out = cameras.camera(s.exitCamera()).orElseThrow();
        // A camera whose clock runs ahead stamps reads late: true time = stamped time − offset.
        Instant entryTrue = entry.at().minusMillis(in.clockOffsetMs());
        Instant exitTrue = exit.read().time().minusMillis(out.clockOffsetMs());
        double seconds = Duration.between(entryTrue, exitTrue).toMillis() / 1000.0;
        if (seconds <= 0) return Optional.empty();
        double measured = s.distanceM() / seconds * 3.6;
        double provable = s.distanceM() / (seconds + 2 * clockErrorSeconds) * 3.6;
        if (provable < s.limitKmh() + toleranceKmh) return Optional.empty();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("section", Map.of("code", s.code(), "name", s.name(), "distance_m", s.distanceM(), "limit_kmh", s.limitKmh()));
        evidence.put("entry", read(entry.id(), s.entryCamera(), entry.at(), in.clockOffsetMs(), entryTrue, entry.images()));
        evidence.put("exit", read(exit.id(), s.exitCamera(), exit.read().time(), out.clockOffsetMs(), exitTrue,
                jdbc.sql("select images::text from cameras.read where id = :id").param("id", exit.id()).query(String.class).single()));
        evidence.put("plate", exit.read().plate().display());
        evidence.put("vehicle_class", exit.read().vehicleKind() == null ? "" : exit.read().vehicleKind());
        Map<String, Object> calculation = new LinkedHashMap<>();
        calculation.put("travel_seconds", round(seconds));
        calculation.put("clock_error_seconds_each", clockErrorSeconds);
        calculation.put("measured_kmh", round(measured));
        calculation.put("provable_kmh", round(provable));
        calculation.put("tolerance_kmh", toleranceKmh);
        calculation.put("formula", "distance / (travel time + 2 × clock error) × 3.6 ≥ limit + tolerance");
        evidence.put("calculation", calculation);
        return violations.record("section_speed", s.exitCamera(), exitTrue, exit.read().plate().canonical(),
                exit.read().plate().display(), s.code(), entry.id(), exit.id(), evidence);
    }

    private static Map<String, Object> read(long id, String camera, Instant stamped, int offsetMs, Instant corrected, String images) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read_id", id);
        m.put("camera", camera);
        m.put("camera_time", RecognitionJson.UTC_MILLIS.format(stamped));
        m.put("clock_offset_ms", offsetMs);
        m.put("corrected_time", RecognitionJson.UTC_MILLIS.format(corrected));
        m.put("images", JsonFields.MAPPER.readValue(images, List.class).stream()
                .map(i -> ((Map<?, ?>) i).get("sha256")).filter(java.util.Objects::nonNull).map(Object::toString).sorted().toList());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
