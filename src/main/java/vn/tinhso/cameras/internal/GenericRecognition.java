package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import vn.tinhso.cameras.Recognition;

/**
 * The platform's own JSON for integrators whose cameras speak none of the vendor formats (docs/cameras.md):
 * {@code {"camera","time","type":"plate|face|count","plate","confidence","vehicle","colour","plate_colour","lane",
 * "direction","speed_kmh","speed_limit_kmh","pass","list","face_id","embedding":[…],"count","images":[{"name","sha256","uri"}]}}.
 * An array or JSON lines hold several.
 */
final class GenericRecognition {

    private GenericRecognition() {
    }

    static boolean recognises(JsonNode root) {
        JsonNode n = root != null && root.isArray() && !root.isEmpty() ? root.get(0) : root;
        return JsonFields.field(n, "camera") != null && JsonFields.field(n, "time") != null;
    }

    static List<Recognition> read(JsonNode root) {
        List<Recognition> out = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode n : root) out.addAll(read(n));
            return out;
        }
        ReadBuilder r = new ReadBuilder("generic");
        r.camera = JsonFields.text(root, "camera");
        r.time = time(JsonFields.text(root, "time"));
        String type = JsonFields.text(root, "type");
        r.type = type == null ? Recognition.Type.PLATE : switch (type.toLowerCase(Locale.ROOT)) {
            case "plate", "lpr", "anpr" -> Recognition.Type.PLATE;
            case "face" -> Recognition.Type.FACE;
            case "count" -> Recognition.Type.COUNT;
            default -> throw new BadPayload("type " + type + " is not plate, face or count");
        };
        r.plateText = JsonFields.text(root, "plate");
        r.confidence = JsonFields.number(root, "confidence");
        r.vehicleKind = JsonFields.text(root, "vehicle");
        r.vehicleColour = JsonFields.text(root, "colour", "color");
        r.plateColour = JsonFields.text(root, "plate_colour", "plate_color");
        r.lane = JsonFields.integer(root, "lane");
        r.direction = JsonFields.text(root, "direction");
        r.speedKmh = JsonFields.number(root, "speed_kmh");
        r.speedLimitKmh = JsonFields.number(root, "speed_limit_kmh");
        r.passId = JsonFields.text(root, "pass");
        r.listName = JsonFields.text(root, "list");
        r.violationCode = JsonFields.text(root, "violation");
        r.faceId = JsonFields.text(root, "face_id");
        Double count = JsonFields.number(root, "count");
        r.count = count == null ? null : count.longValue();
        if (r.type == Recognition.Type.COUNT && r.count == null) throw new BadPayload("count event without count");
        JsonNode embedding = JsonFields.field(root, "embedding");
        if (embedding != null && embedding.isArray()) {
            for (JsonNode v : embedding) {
                if (!v.isNumber()) throw new BadPayload("embedding holds a value that is not a number");
                r.embedding.add(v.asDouble());
            }
        }
        if (r.type == Recognition.Type.FACE && r.faceId == null && r.embedding.isEmpty()) {
            throw new BadPayload("face event without face_id or embedding");
        }
        JsonNode images = JsonFields.field(root, "images");
        if (images != null && images.isArray()) {
            for (JsonNode i : images) {
                String sha = JsonFields.text(i, "sha256");
                if (sha != null && !sha.matches("[0-9a-fA-F]{64}")) throw new BadPayload("image sha256 is not 64 hex digits");
                r.images.add(new Recognition.Image(JsonFields.text(i, "name"), null, sha == null ? null : sha.toLowerCase(Locale.ROOT),
                        JsonFields.text(i, "uri"), null));
            }
        }
        out.add(r.build());
        return out;
    }

    private static Instant time(String text) {
        if (text == null) throw new BadPayload("event without time");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadPayload("time is not ISO 8601 with an offset: " + text);
        }
    }
}
