package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the camera pages show: recent reads, hits, traffic series; plates come masked unless asked otherwise. */
@Repository
public class CameraViews {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;

    CameraViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ReadRow(long id, Instant at, String camera, String type, String plate, boolean valid, String vehicleClass,
                          Integer lane, String direction, Double speedKmh, boolean hit, String format, List<String> images) {
    }

    public record HitRow(long id, Instant at, String camera, String cameraName, String watchlist, String watchlistName,
                         String kind, String plate, String listed, int distance, String reason, String status, String decidedBy,
                         String decisionReason, Long alertId, long readId) {

        public String maskedPlate() {
            return PlateMask.mask(plate);
        }
    }

    public List<ReadRow> reads(String camera, int limit, boolean unmasked) {
        return jdbc.sql("""
                select id, at, camera, type, display, coalesce(valid, false) as valid, vehicle_class, lane, direction, speed_kmh, hit,
                       format, images::text as images
                from cameras.read where (cast(:camera as text) is null or camera = :camera) order by at desc limit :limit""")
                .param("camera", camera).param("limit", limit)
                .query((rs, n) -> new ReadRow(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("camera"), rs.getString("type"),
                        rs.getString("display") == null ? null : unmasked ? rs.getString("display") : PlateMask.mask(rs.getString("display")),
                        rs.getBoolean("valid"), rs.getString("vehicle_class"), (Integer) rs.getObject("lane"), rs.getString("direction"),
                        (Double) rs.getObject("speed_kmh"), rs.getBoolean("hit"), rs.getString("format"), shas(rs.getString("images"))))
                .list();
    }

    /** Hits on the lists one of {@code roles} may see (a camera operator does not see face lists). */
    public List<HitRow> hits(String status, int limit, List<String> roles) {
        return jdbc.sql("""
                select h.id, h.at, h.camera, c.name as camera_name, w.code, w.name, w.kind, r.display, e.display as listed, h.distance,
                       e.reason, h.status, h.decided_by, h.reason as decision_reason, h.alert_id, h.read_id
                from cameras.hit h join cameras.watch_entry e on e.id = h.entry_id join cameras.watchlist w on w.id = e.watchlist
                     join cameras.read r on r.id = h.read_id join cameras.camera c on c.code = h.camera
                where (cast(:status as text) is null or h.status = :status) and w.visible_to && cast(:roles as text[])
                order by (h.status = 'pending') desc, h.at desc limit :limit""")
                .param("status", status).param("limit", limit).param("roles", roles.toArray(String[]::new)).query((rs, n) -> hit(rs)).list();
    }

    public Optional<HitRow> hit(long id) {
        return jdbc.sql("""
                select h.id, h.at, h.camera, c.name as camera_name, w.code, w.name, w.kind, r.display, e.display as listed, h.distance,
                       e.reason, h.status, h.decided_by, h.reason as decision_reason, h.alert_id, h.read_id
                from cameras.hit h join cameras.watch_entry e on e.id = h.entry_id join cameras.watchlist w on w.id = e.watchlist
                     join cameras.read r on r.id = h.read_id join cameras.camera c on c.code = h.camera
                where h.id = :id""").param("id", id).query((rs, n) -> hit(rs)).optional();
    }

    /** Whether the hit is on a list open to one of the roles. */
    public boolean visible(long hitId, List<String> roles) {
        return jdbc.sql("""
                select exists (select 1 from cameras.hit h join cameras.watch_entry e on e.id = h.entry_id
                               join cameras.watchlist w on w.id = e.watchlist where h.id = :id and w.visible_to && cast(:roles as text[]))""")
                .param("id", hitId).param("roles", roles.toArray(String[]::new)).query(Boolean.class).single();
    }

    public long hitsOn(LocalDate day) {
        return jdbc.sql("select count(*) from cameras.hit where at >= :from and at < :to")
                .param("from", day.atStartOfDay(ZONE).toOffsetDateTime()).param("to", day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
                .query(Long.class).single();
    }

    public long pendingHits() {
        return jdbc.sql("select count(*) from cameras.hit where status = 'pending'").query(Long.class).single();
    }

    public long pendingViolations() {
        return jdbc.sql("select count(*) from cameras.violation where status = 'pending'").query(Long.class).single();
    }

    /** The last day that has reads, in the province's time: the traffic page shows it by default. */
    public Optional<LocalDate> lastDayWithReads() {
        return jdbc.sql("select max(at) from cameras.read").query(OffsetDateTime.class).optional()
                .filter(java.util.Objects::nonNull).map(t -> t.atZoneSameInstant(ZONE).toLocalDate());
    }

    public record TrafficPoint(Instant slot, String vehicleClass, long vehicles, Double averageSpeed) {
    }

    /** Vehicles per hour of the day and class, over all cameras or one. */
    public List<TrafficPoint> hourly(LocalDate day, String camera) {
        return jdbc.sql("""
                select date_trunc('hour', slot) as hour, vehicle_class, sum(vehicles) as vehicles,
                       case when sum(speed_n) > 0 then sum(speed_sum) / sum(speed_n) end as speed
                from cameras.traffic where slot >= :from and slot < :to and (cast(:camera as text) is null or camera = :camera)
                group by 1, 2 order by 1, 2""")
                .param("from", day.atStartOfDay(ZONE).toOffsetDateTime()).param("to", day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
                .param("camera", camera)
                .query((rs, n) -> new TrafficPoint(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getLong(3),
                        (Double) rs.getObject(4))).list();
    }

    /** Vehicles per camera on a day, busiest first. */
    public Map<String, Long> busiest(LocalDate day, int limit) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select camera, sum(vehicles) from cameras.traffic where slot >= :from and slot < :to
                group by camera order by 2 desc limit :limit""")
                .param("from", day.atStartOfDay(ZONE).toOffsetDateTime()).param("to", day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
                .param("limit", limit).query(rs -> { out.put(rs.getString(1), rs.getLong(2)); });
        return out;
    }

    /**
     * Corridors whose traffic in an hour is far above their usual level for that hour and weekday (the mean of the
     * same hour on the same weekday in the four weeks before, at least twice as many vehicles and 50 more).
     */
    public List<Map<String, Object>> congestion(LocalDate day) {
        return jdbc.sql("""
                with hourly as (
                    select c.road, date_trunc('hour', t.slot) as hour, sum(t.vehicles) as vehicles
                    from cameras.traffic t join cameras.camera c on c.code = t.camera
                    where c.road is not null and t.slot >= :from - interval '28 days' and t.slot < :to
                    group by 1, 2),
                usual as (
                    select h.road, h.hour, h.vehicles,
                           (select avg(p.vehicles) from hourly p where p.road = h.road and p.hour in
                              (h.hour - interval '7 days', h.hour - interval '14 days', h.hour - interval '21 days', h.hour - interval '28 days')) as usual
                    from hourly h where h.hour >= :from)
                select road, hour, vehicles, usual from usual where usual is not null and vehicles >= 2 * usual and vehicles >= usual + 50
                order by hour, road""")
                .param("from", day.atStartOfDay(ZONE).toOffsetDateTime()).param("to", day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("road", rs.getString(1));
                    m.put("hour", rs.getObject(2, OffsetDateTime.class).toInstant());
                    m.put("vehicles", rs.getLong(3));
                    m.put("usual", Math.round(rs.getDouble(4)));
                    return m;
                }).list();
    }

    public long setAside() {
        return jdbc.sql("select count(*) from cameras.set_aside where not reviewed").query(Long.class).single();
    }

    private static HitRow hit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new HitRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), (Long) rs.getObject(15), rs.getLong(16));
    }

    private static List<String> shas(String images) {
        if (images == null) return List.of();
        return java.util.stream.StreamSupport.stream(JsonFields.MAPPER.readTree(images).spliterator(), false)
                .filter(i -> i.has("sha256") && i.has("file")).map(i -> i.get("sha256").asString()).toList();
    }

    static Instant utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
