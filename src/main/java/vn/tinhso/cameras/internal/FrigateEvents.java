package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import vn.tinhso.cameras.Recognition;

/**
 * Frigate (0.16+) {@code tracked_object_update} messages of type {@code lpr} and {@code face}, and the {@code after}
 * object of {@code frigate/events} when it carries a recognised plate.
 */
final class FrigateEvents {

    private FrigateEvents() {
    }

    static boolean recognises(JsonNode root) {
        JsonNode n = root != null && root.isArray() && !root.isEmpty() ? root.get(0) : root;
        String type = JsonFields.text(n, "type");
        if (type == null) return false;
        String t = type.toLowerCase(Locale.ROOT);
        return (t.equals("lpr") || t.equals("face")) && JsonFields.field(n, "camera") != null && JsonFields.field(n, "timestamp") != null
                || (t.equals("new") || t.equals("update") || t.equals("end")) && JsonFields.field(n, "after") != null;
    }

    static List<Recognition> read(JsonNode root) {
        List<Recognition> out = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode n : root) out.addAll(read(n));
            return out;
        }
        String type = JsonFields.text(root, "type").toLowerCase(Locale.ROOT);
        if (type.equals("lpr") || type.equals("face")) {
            ReadBuilder r = new ReadBuilder("frigate");
            r.camera = JsonFields.text(root, "camera");
            r.passId = JsonFields.text(root, "id");
            r.time = time(JsonFields.number(root, "timestamp"));
            r.confidence = JsonFields.number(root, "score");
            if (type.equals("lpr")) {
                r.plateText = JsonFields.text(root, "plate");
                r.listName = JsonFields.text(root, "name");
            } else {
                r.type = Recognition.Type.FACE;
                r.faceId = JsonFields.text(root, "name");
            }
            out.add(r.build());
            return out;
        }
        JsonNode after = JsonFields.field(root, "after");
        JsonNode plate = JsonFields.field(after, "recognized_license_plate");
        if (plate == null || plate.isNull()) return out;
        ReadBuilder r = new ReadBuilder("frigate");
        r.camera = JsonFields.text(after, "camera");
        r.passId = JsonFields.text(after, "id");
        r.time = time(JsonFields.number(after, "frame_time", "start_time"));
        r.plateText = plate.isArray() ? plate.get(0).asString() : plate.asString();
        r.confidence = plate.isArray() && plate.size() > 1 ? plate.get(1).asDouble() : JsonFields.number(after, "recognized_license_plate_score");
        r.vehicleKind = JsonFields.text(after, "label");
        r.lifecycle = type.equals("end") ? "lost" : type;
        out.add(r.build());
        return out;
    }

    private static Instant time(Double epochSeconds) {
        if (epochSeconds == null) throw new BadPayload("Frigate event without timestamp");
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
    }
}
