package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.cameras.PlateNumber;
import vn.tinhso.cameras.Recognition;

/** Reads in {@code cameras.read}: one row per pass (later reads of the pass update it), traffic counts per 5 minutes. */
@Repository
class ReadStore {

    private final JdbcClient jdbc;
    private final ImageFiles files;
    private final JsonMapper json = JsonMapper.builder().build();

    ReadStore(JdbcClient jdbc, ImageFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    StoredRead store(String camera, Recognition r) {
        List<Map<String, Object>> images = new ArrayList<>();
        for (Recognition.Image i : r.images()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            if (i.sha256() != null) m.put("sha256", i.sha256());
            if (i.uri() != null) m.put("uri", i.uri());
            if (i.content() != null) {
                m.put("file", files.store(i.sha256(), i.content()));
                m.put("bytes", i.content().length);
            }
            images.add(m);
        }
        PlateNumber p = r.plate();
        OffsetDateTime at = r.time().atOffset(ZoneOffset.UTC);
        var row = jdbc.sql("""
                insert into cameras.read (camera, at, format, type, pass_id, plate_text, canonical, display, valid, plate_kind,
                    province_code, plate_colour, vehicle_class, vehicle_colour, confidence, lane, direction, list_name, lifecycle,
                    speed_kmh, speed_limit_kmh, violation_code, face_id, count, images)
                values (:camera, :at, :format, :type, :pass, :plate, :canonical, :display, :valid, :kind, :province, :colour,
                    :class, :vcolour, :confidence, :lane, :direction, :list, :lifecycle, :speed, :limit, :violation, :face, :count,
                    cast(:images as jsonb))
                on conflict (camera, format, pass_id) do update set
                    plate_text = coalesce(excluded.plate_text, cameras.read.plate_text),
                    canonical = coalesce(excluded.canonical, cameras.read.canonical),
                    display = coalesce(excluded.display, cameras.read.display),
                    valid = coalesce(excluded.valid, cameras.read.valid),
                    plate_kind = coalesce(excluded.plate_kind, cameras.read.plate_kind),
                    province_code = coalesce(excluded.province_code, cameras.read.province_code),
                    plate_colour = coalesce(excluded.plate_colour, cameras.read.plate_colour),
                    vehicle_class = coalesce(excluded.vehicle_class, cameras.read.vehicle_class),
                    vehicle_colour = coalesce(excluded.vehicle_colour, cameras.read.vehicle_colour),
                    confidence = coalesce(excluded.confidence, cameras.read.confidence),
                    lane = coalesce(excluded.lane, cameras.read.lane),
                    direction = coalesce(excluded.direction, cameras.read.direction),
                    list_name = coalesce(excluded.list_name, cameras.read.list_name),
                    lifecycle = coalesce(excluded.lifecycle, cameras.read.lifecycle),
                    speed_kmh = coalesce(excluded.speed_kmh, cameras.read.speed_kmh),
                    speed_limit_kmh = coalesce(excluded.speed_limit_kmh, cameras.read.speed_limit_kmh),
                    violation_code = coalesce(excluded.violation_code, cameras.read.violation_code),
                    at = least(excluded.at, cameras.read.at),
                    images = (select coalesce(jsonb_agg(distinct e), '[]'::jsonb)
                              from jsonb_array_elements(cameras.read.images || excluded.images) e)
                returning id, (xmax = 0) as inserted""")
                .param("camera", camera).param("at", at).param("format", r.format())
                .param("type", r.type().name().toLowerCase(Locale.ROOT)).param("pass", r.passId())
                .param("plate", r.plateText()).param("canonical", p == null ? null : p.canonical())
                .param("display", p == null ? null : p.display()).param("valid", p == null ? null : p.valid())
                .param("kind", p == null ? null : p.kind().name().toLowerCase(Locale.ROOT))
                .param("province", p == null ? null : p.provinceCode()).param("colour", p == null ? null : p.colour())
                .param("class", r.vehicleKind()).param("vcolour", r.vehicleColour()).param("confidence", r.confidence())
                .param("lane", r.lane()).param("direction", r.direction()).param("list", r.listName())
                .param("lifecycle", r.lifecycle()).param("speed", r.speedKmh()).param("limit", r.speedLimitKmh())
                .param("violation", r.violationCode()).param("face", r.faceId()).param("count", r.count())
                .param("images", json.writeValueAsString(images))
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getBoolean("inserted") ? 1 : 0}).single();
        boolean inserted = row[1] == 1;
        if (inserted) count(camera, r);
        return new StoredRead(row[0], camera, r, inserted, r.time());
    }

    private void count(String camera, Recognition r) {
        long vehicles = r.type() == Recognition.Type.COUNT ? r.count() : r.type() == Recognition.Type.PLATE ? 1 : 0;
        if (vehicles <= 0) return;
        Instant slot = Instant.ofEpochSecond(r.time().getEpochSecond() / 300 * 300);
        jdbc.sql("""
                insert into cameras.traffic (camera, slot, vehicle_class, vehicles, speed_sum, speed_n)
                values (:camera, :slot, :class, :vehicles, coalesce(cast(:speed as double precision), 0),
                        case when cast(:speed as double precision) is null then 0 else 1 end)
                on conflict (camera, slot, vehicle_class) do update set vehicles = cameras.traffic.vehicles + excluded.vehicles,
                    speed_sum = cameras.traffic.speed_sum + excluded.speed_sum, speed_n = cameras.traffic.speed_n + excluded.speed_n""")
                .param("camera", camera).param("slot", slot.atOffset(ZoneOffset.UTC))
                .param("class", r.vehicleKind() == null ? "unknown" : r.vehicleKind()).param("vehicles", vehicles)
                .param("speed", r.speedKmh()).update();
    }

    long setAside(String cameraHint, String contentType, String reason, byte[] body) {
        return jdbc.sql("""
                insert into cameras.set_aside (camera_hint, content_type, reason, body) values (:hint, :type, :reason, :body)
                returning id""")
                .param("hint", cameraHint).param("type", contentType).param("reason", reason).param("body", body)
                .query(Long.class).single();
    }
}
