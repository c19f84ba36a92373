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

    /** A later read of a stored pass fills in and corrects it; the pass keeps its first time and every image once. */
    private static final String ON_CONFLICT = """
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
                              from jsonb_array_elements(cameras.read.images || excluded.images) e)""";

    ReadStore(JdbcClient jdbc, ImageFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    StoredRead store(String camera, Recognition r) {
        List<Map<String, Object>> images = images(r);
        PlateNumber p = r.plate();
        OffsetDateTime at = r.time().atOffset(ZoneOffset.UTC);
        var row = jdbc.sql("""
                insert into cameras.read (camera, at, format, type, pass_id, plate_text, canonical, display, valid, plate_kind,
                    province_code, plate_colour, vehicle_class, vehicle_colour, confidence, lane, direction, list_name, lifecycle,
                    speed_kmh, speed_limit_kmh, violation_code, face_id, count, images)
                values (:camera, :at, :format, :type, :pass, :plate, :canonical, :display, :valid, :kind, :province, :colour,
                    :class, :vcolour, :confidence, :lane, :direction, :list, :lifecycle, :speed, :limit, :violation, :face, :count,
                    cast(:images as jsonb))
                %s
                returning id, (xmax = 0) as inserted""".formatted(ON_CONFLICT))
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
        return new StoredRead(row[0], camera, r, row[1] == 1, r.time());
    }

    /**
     * Stores a payload's reads in one statement (arrays unnested in order); reads of the same pass twice in the list go
     * one by one, since one statement may not update a row twice.
     */
    List<StoredRead> storeAll(List<Recognition> reads) {
        java.util.Set<String> passes = new java.util.HashSet<>();
        boolean repeated = reads.stream().filter(r -> r.passId() != null)
                .anyMatch(r -> !passes.add(r.camera() + "|" + r.format() + "|" + r.passId()));
        if (reads.size() < 2 || repeated) return reads.stream().map(r -> store(r.camera(), r)).toList();
        int n = reads.size();
        String[] camera = new String[n], at = new String[n], format = new String[n], type = new String[n], pass = new String[n],
                plate = new String[n], canonical = new String[n], display = new String[n], kind = new String[n], province = new String[n],
                colour = new String[n], vclass = new String[n], vcolour = new String[n], direction = new String[n], list = new String[n],
                lifecycle = new String[n], violation = new String[n], face = new String[n], images = new String[n];
        Boolean[] valid = new Boolean[n];
        Double[] confidence = new Double[n], speed = new Double[n], limit = new Double[n];
        Integer[] lane = new Integer[n];
        Long[] count = new Long[n];
        for (int i = 0; i < n; i++) {
            Recognition r = reads.get(i);
            PlateNumber p = r.plate();
            camera[i] = r.camera();
            at[i] = r.time().toString();
            format[i] = r.format();
            type[i] = r.type().name().toLowerCase(Locale.ROOT);
            pass[i] = r.passId();
            plate[i] = r.plateText();
            canonical[i] = p == null ? null : p.canonical();
            display[i] = p == null ? null : p.display();
            valid[i] = p == null ? null : p.valid();
            kind[i] = p == null ? null : p.kind().name().toLowerCase(Locale.ROOT);
            province[i] = p == null ? null : p.provinceCode();
            colour[i] = p == null ? null : p.colour();
            vclass[i] = r.vehicleKind();
            vcolour[i] = r.vehicleColour();
            confidence[i] = r.confidence();
            lane[i] = r.lane();
            direction[i] = r.direction();
            list[i] = r.listName();
            lifecycle[i] = r.lifecycle();
            speed[i] = r.speedKmh();
            limit[i] = r.speedLimitKmh();
            violation[i] = r.violationCode();
            face[i] = r.faceId();
            count[i] = r.count();
            images[i] = json.writeValueAsString(images(r));
        }
        List<long[]> rows = jdbc.sql("""
                insert into cameras.read (camera, at, format, type, pass_id, plate_text, canonical, display, valid, plate_kind,
                    province_code, plate_colour, vehicle_class, vehicle_colour, confidence, lane, direction, list_name, lifecycle,
                    speed_kmh, speed_limit_kmh, violation_code, face_id, count, images)
                select camera, at, format, type, pass_id, plate_text, canonical, display, valid, plate_kind, province_code,
                    plate_colour, vehicle_class, vehicle_colour, confidence, lane, direction, list_name, lifecycle, speed_kmh,
                    speed_limit_kmh, violation_code, face_id, count, images
                from unnest(cast(:camera as text[]), cast(:at as timestamptz[]), cast(:format as text[]), cast(:type as text[]),
                    cast(:pass as text[]), cast(:plate as text[]), cast(:canonical as text[]), cast(:display as text[]),
                    cast(:valid as boolean[]), cast(:kind as text[]), cast(:province as text[]), cast(:colour as text[]),
                    cast(:vclass as text[]), cast(:vcolour as text[]), cast(:confidence as double precision[]),
                    cast(:lane as integer[]), cast(:direction as text[]), cast(:list as text[]), cast(:lifecycle as text[]),
                    cast(:speed as double precision[]), cast(:limit as double precision[]), cast(:violation as text[]),
                    cast(:face as text[]), cast(:count as bigint[]), cast(:images as jsonb[])) with ordinality
                    as t(camera, at, format, type, pass_id, plate_text, canonical, display, valid, plate_kind, province_code,
                         plate_colour, vehicle_class, vehicle_colour, confidence, lane, direction, list_name, lifecycle, speed_kmh,
                         speed_limit_kmh, violation_code, face_id, count, images, n)
                order by n
                %s
                returning id, (xmax = 0) as inserted""".formatted(ON_CONFLICT))
                .param("camera", camera).param("at", at).param("format", format).param("type", type).param("pass", pass)
                .param("plate", plate).param("canonical", canonical).param("display", display).param("valid", valid)
                .param("kind", kind).param("province", province).param("colour", colour).param("vclass", vclass)
                .param("vcolour", vcolour).param("confidence", confidence).param("lane", lane).param("direction", direction)
                .param("list", list).param("lifecycle", lifecycle).param("speed", speed).param("limit", limit)
                .param("violation", violation).param("face", face).param("count", count).param("images", images)
                .query((rs, i) -> new long[] {rs.getLong("id"), rs.getBoolean("inserted") ? 1 : 0}).list();
        if (rows.size() != n) throw new IllegalStateException("stored " + rows.size() + " of " + n + " reads");
        List<StoredRead> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new StoredRead(rows.get(i)[0], camera[i], reads.get(i), rows.get(i)[1] == 1, reads.get(i).time()));
        return out;
    }

    private List<Map<String, Object>> images(Recognition r) {
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
        return images;
    }

    /** Adds the new passes to the 5-minute traffic counts, one upsert per camera, slot and class. */
    void count(List<StoredRead> stored) {
        record Key(String camera, Instant slot, String vehicleClass) {
        }
        Map<Key, double[]> sums = new LinkedHashMap<>();
        for (StoredRead s : stored) {
            Recognition r = s.read();
            if (!s.newPass()) continue;
            long vehicles = r.type() == Recognition.Type.COUNT ? r.count() : r.type() == Recognition.Type.PLATE ? 1 : 0;
            if (vehicles <= 0) continue;
            Key key = new Key(s.camera(), Instant.ofEpochSecond(r.time().getEpochSecond() / 300 * 300),
                    r.vehicleKind() == null ? "unknown" : r.vehicleKind());
            double[] sum = sums.computeIfAbsent(key, k -> new double[3]);
            sum[0] += vehicles;
            if (r.speedKmh() != null) {
                sum[1] += r.speedKmh();
                sum[2]++;
            }
        }
        if (sums.isEmpty()) return;
        List<Key> keys = new ArrayList<>(sums.keySet());
        jdbc.sql("""
                insert into cameras.traffic (camera, slot, vehicle_class, vehicles, speed_sum, speed_n)
                select * from unnest(cast(:camera as text[]), cast(:slot as timestamptz[]), cast(:class as text[]),
                                     cast(:vehicles as integer[]), cast(:speed as double precision[]), cast(:n as integer[]))
                order by 1, 2, 3
                on conflict (camera, slot, vehicle_class) do update set vehicles = cameras.traffic.vehicles + excluded.vehicles,
                    speed_sum = cameras.traffic.speed_sum + excluded.speed_sum, speed_n = cameras.traffic.speed_n + excluded.speed_n""")
                .param("camera", keys.stream().map(Key::camera).toArray(String[]::new))
                .param("slot", keys.stream().map(k -> k.slot().toString()).toArray(String[]::new))
                .param("class", keys.stream().map(Key::vehicleClass).toArray(String[]::new))
                .param("vehicles", keys.stream().map(k -> (int) sums.get(k)[0]).toArray(Integer[]::new))
                .param("speed", keys.stream().map(k -> sums.get(k)[1]).toArray(Double[]::new))
                .param("n", keys.stream().map(k -> (int) sums.get(k)[2]).toArray(Integer[]::new)).update();
    }

    long setAside(String cameraHint, String contentType, String reason, byte[] body) {
        return jdbc.sql("""
                insert into cameras.set_aside (camera_hint, content_type, reason, body) values (:hint, :type, :reason, :body)
                returning id""")
                .param("hint", cameraHint).param("type", contentType).param("reason", reason).param("body", body)
                .query(Long.class).single();
    }
}
