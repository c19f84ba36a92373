package vn.tinhso.cameras.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.cameras.Camera;

/** The registered cameras, and which camera a payload's device id (serial, MAC, IP) stands for. */
@Repository
public class CameraRegistry {

    private final JdbcClient jdbc;
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private final CredentialBox box;
    /** device id or code → camera code; cleared when the registry changes. */
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    CameraRegistry(JdbcClient jdbc, CredentialBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    record Registration(String code, String name, String kind, Double latitude, Double longitude, String communeCode,
                        String road, String direction, String vendor, String model, List<String> deviceIds,
                        String streamUrl, String snapshotUrl, String username, String password, int clockOffsetMs,
                        LocalDate installedOn, String status, String groupCode) {
    }

    void save(Registration r, long versionId) {
        String secret = r.username() == null && r.password() == null ? null
                : (r.username() == null ? "" : r.username()) + ":" + (r.password() == null ? "" : r.password());
        jdbc.sql("""
                insert into cameras.camera (code, name, kind, latitude, longitude, commune_code, road, direction, vendor, model,
                    device_ids, stream_url, snapshot_url, credentials, clock_offset_ms, installed_on, status, group_code, version_id)
                values (:code, :name, :kind, :lat, :lon, :commune, :road, :direction, :vendor, :model, :ids, :stream, :snapshot,
                    :credentials, :offset, :installed, :status, :group, :version)
                on conflict (code) do update set name = excluded.name, kind = excluded.kind, latitude = excluded.latitude,
                    longitude = excluded.longitude, commune_code = excluded.commune_code, road = excluded.road,
                    direction = excluded.direction, vendor = excluded.vendor, model = excluded.model,
                    device_ids = excluded.device_ids, stream_url = excluded.stream_url, snapshot_url = excluded.snapshot_url,
                    credentials = coalesce(excluded.credentials, cameras.camera.credentials),
                    clock_offset_ms = excluded.clock_offset_ms, installed_on = excluded.installed_on,
                    status = excluded.status, group_code = excluded.group_code, version_id = excluded.version_id""")
                .param("code", r.code()).param("name", r.name()).param("kind", r.kind()).param("lat", r.latitude())
                .param("lon", r.longitude()).param("commune", r.communeCode()).param("road", r.road())
                .param("direction", r.direction()).param("vendor", r.vendor()).param("model", r.model())
                .param("ids", r.deviceIds().toArray(String[]::new)).param("stream", r.streamUrl())
                .param("snapshot", r.snapshotUrl()).param("credentials", box.seal(secret))
                .param("offset", r.clockOffsetMs()).param("installed", r.installedOn()).param("status", r.status())
                .param("group", r.groupCode()).param("version", versionId).update();
        resolved.clear();
    }

    public Optional<Camera> camera(String code) {
        return jdbc.sql("select * from cameras.camera where code = :code").param("code", code).query(CameraRegistry::camera).optional();
    }

    public List<Camera> all() {
        return jdbc.sql("select * from cameras.camera order by code").query(CameraRegistry::camera).list();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from cameras.camera where code = :c").param("c", code).query(Long.class).single() > 0;
    }

    /** The camera a payload names by its code or one of its device ids (MAC addresses compared in lower case). */
    Optional<String> resolve(String nameOrDeviceId) {
        if (nameOrDeviceId == null || nameOrDeviceId.isBlank()) return Optional.empty();
        String key = nameOrDeviceId.strip();
        String hit = resolved.get(key);
        if (hit != null) return Optional.of(hit);
        Optional<String> code = jdbc.sql("""
                select code from cameras.camera
                where code = :k or device_ids && array[:k, lower(:k), upper(:k)]::text[]
                order by code = :k desc limit 1""").param("k", key).query(String.class).optional();
        code.ifPresent(c -> resolved.put(key, c));
        return code;
    }

    /**
     * Marks the camera heard at that moment (a heartbeat relayed with its time): its last-seen time and the 5-minute slot
     * of the day in its presence bitmap; with the time stamp of a read it sent, also the drift of its clock (a read
     * buffered for over an hour says nothing of it).
     */
    void heard(String code, Instant now, Instant stamped) {
        OffsetDateTime t = now.atZone(ZONE).toOffsetDateTime();
        int slot = (t.getHour() * 60 + t.getMinute()) / 5;
        Long drift = stamped == null ? null : java.time.Duration.between(stamped, now).toMillis();
        jdbc.sql("""
                update cameras.camera set last_seen = greatest(last_seen, :at),
                    last_drift_ms = case when cast(:drift as bigint) is not null and abs(cast(:drift as bigint)) < 3600000
                                         then cast(:drift as bigint) else last_drift_ms end
                where code = :code""")
                .param("at", t).param("drift", drift).param("code", code).update();
        jdbc.sql("""
                insert into cameras.presence (camera, day, slots) values (:code, :day, set_bit(repeat('0', 288)::bit(288), :slot, 1))
                on conflict (camera, day) do update set slots = set_bit(cameras.presence.slots, :slot, 1)""")
                .param("code", code).param("day", t.toLocalDate()).param("slot", slot).update();
    }

    /** {@link #heard} now, for the cameras of one payload at once: two statements whatever their number. */
    void seenAll(Map<String, Instant> stampedByCamera) {
        if (stampedByCamera.isEmpty()) return;
        Instant now = Instant.now();
        OffsetDateTime t = now.atZone(ZONE).toOffsetDateTime();
        int slot = (t.getHour() * 60 + t.getMinute()) / 5;
        List<String> codes = new java.util.ArrayList<>(stampedByCamera.keySet());
        java.util.Collections.sort(codes);
        Long[] drift = codes.stream().map(c -> {
            long d = java.time.Duration.between(stampedByCamera.get(c), now).toMillis();
            return Math.abs(d) < 3_600_000 ? d : null;
        }).toArray(Long[]::new);
        jdbc.sql("""
                update cameras.camera c set last_seen = greatest(c.last_seen, :at), last_drift_ms = coalesce(d.drift, c.last_drift_ms)
                from unnest(cast(:codes as text[]), cast(:drift as bigint[])) as d(code, drift) where c.code = d.code""")
                .param("at", t).param("codes", codes.toArray(String[]::new)).param("drift", drift).update();
        jdbc.sql("""
                insert into cameras.presence (camera, day, slots)
                select code, :day, set_bit(repeat('0', 288)::bit(288), :slot, 1) from unnest(cast(:codes as text[])) as code
                on conflict (camera, day) do update set slots = set_bit(cameras.presence.slots, :slot, 1)""")
                .param("codes", codes.toArray(String[]::new)).param("day", t.toLocalDate()).param("slot", slot).update();
    }

    /** Share of the day's 5-minute slots in which the camera was heard, per day, from {@code from} on. */
    public List<Uptime> uptime(String code, LocalDate from) {
        return jdbc.sql("""
                select day, length(replace(slots::text, '0', '')) as seen from cameras.presence
                where camera = :code and day >= :from order by day""")
                .param("code", code).param("from", from)
                .query((rs, n) -> new Uptime(rs.getObject("day", LocalDate.class), rs.getInt("seen") / 288.0)).list();
    }

    public record Uptime(LocalDate day, double share) {
    }

    private static Camera camera(ResultSet rs, int n) throws SQLException {
        Array ids = rs.getArray("device_ids");
        OffsetDateTime seen = rs.getObject("last_seen", OffsetDateTime.class);
        return new Camera(rs.getString("code"), rs.getString("name"), rs.getString("kind"), (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"), rs.getString("commune_code"), rs.getString("road"), rs.getString("direction"),
                rs.getString("vendor"), rs.getString("model"), ids == null ? List.of() : Arrays.asList((String[]) ids.getArray()),
                rs.getString("stream_url"), rs.getString("snapshot_url"), rs.getBytes("credentials") != null,
                rs.getInt("clock_offset_ms"), rs.getObject("installed_on", LocalDate.class), rs.getString("status"),
                rs.getString("group_code"), seen == null ? null : seen.toInstant(), (Long) rs.getObject("last_drift_ms"));
    }
}
