package vn.tinhso.cameras.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.cameras.PlateNumber;
import vn.tinhso.cameras.Recognition;

/** A read as the JSON line {@code cameras parse} prints and the API returns: times in UTC with milliseconds. */
final class RecognitionJson {

    static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private RecognitionJson() {
    }

    static Map<String, Object> of(Recognition r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", r.format());
        m.put("camera", r.camera());
        m.put("time", UTC_MILLIS.format(r.time()));
        m.put("type", r.type().name().toLowerCase(java.util.Locale.ROOT));
        PlateNumber p = r.plate();
        if (p != null) {
            m.put("plate", r.plateText());
            m.put("canonical", p.canonical());
            m.put("display", p.display());
            m.put("valid", p.valid());
            if (!p.valid()) m.put("problem", p.problem());
            m.put("plate_kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("province_code", p.provinceCode());
            m.put("plate_colour", p.colour());
        }
        m.put("vehicle_class", r.vehicleKind());
        m.put("vehicle_colour", r.vehicleColour());
        m.put("confidence", r.confidence());
        m.put("lane", r.lane());
        m.put("direction", r.direction());
        m.put("list", r.listName());
        m.put("pass", r.passId());
        m.put("lifecycle", r.lifecycle());
        m.put("speed_kmh", r.speedKmh());
        m.put("speed_limit_kmh", r.speedLimitKmh());
        m.put("violation", r.violationCode());
        m.put("face_id", r.faceId());
        if (!r.embedding().isEmpty()) m.put("embedding_size", r.embedding().size());
        m.put("count", r.count());
        m.put("images", images(r.images()));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    private static List<Map<String, Object>> images(List<Recognition.Image> images) {
        return images.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("sha256", i.sha256());
            m.put("uri", i.uri());
            m.put("bytes", i.content() == null ? null : i.content().length);
            m.values().removeIf(java.util.Objects::isNull);
            return m;
        }).toList();
    }
}
