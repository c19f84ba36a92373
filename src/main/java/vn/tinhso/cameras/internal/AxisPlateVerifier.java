package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import vn.tinhso.cameras.Recognition;

/**
 * AXIS License Plate Verifier event push: one car id goes {@code new → update → lost}; an update may correct the plate
 * text, so reads are kept per (camera, car id) and the later text wins. Its {@code datetime} is the camera's local
 * time ({@code yyyyMMdd HHmmssSSS}), turned into UTC with the offset given by the receiver (the camera's zone).
 */
final class AxisPlateVerifier {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd HHmmssSSS");

    private AxisPlateVerifier() {
    }

    static boolean recognises(JsonNode root) {
        JsonNode n = root != null && root.isArray() && !root.isEmpty() ? root.get(0) : root;
        return JsonFields.field(n, "carState") != null || JsonFields.field(n, "carID") != null
                || JsonFields.field(n, "plateText") != null && JsonFields.field(n, "camera_info") != null;
    }

    static List<Recognition> read(JsonNode root, ZoneOffset zone) {
        List<Recognition> out = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode n : root) out.addAll(read(n, zone));
            return out;
        }
        ReadBuilder r = new ReadBuilder("axis");
        r.time = time(JsonFields.text(root, "datetime"), zone);
        r.plateText = JsonFields.text(root, "plateUTF8", "plateUnicode", "plateText");
        Double confidence = JsonFields.number(root, "plateConfidence");
        r.confidence = confidence == null ? null : confidence > 1 ? confidence / 100.0 : confidence;
        r.passId = JsonFields.text(root, "carID");
        String state = JsonFields.text(root, "carState");
        r.lifecycle = state == null ? null : state.toLowerCase(Locale.ROOT);
        r.direction = JsonFields.text(root, "carMoveDirection", "direction");
        r.vehicleKind = JsonFields.text(root, "vehicleType");
        r.listName = JsonFields.text(root, "listName", "list");
        JsonNode info = JsonFields.field(root, "camera_info");
        r.camera = JsonFields.text(info, "SerialNumber", "serialNumber");
        if (r.camera == null) r.camera = JsonFields.text(root, "sensorProviderID");
        String file = JsonFields.text(root, "ImageFile", "imageFile");
        if (file != null) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(file);
                String type = JsonFields.text(root, "plateImageType", "imageType");
                r.images.add(RecognitionFormats.image("axis-" + r.passId + ".jpg",
                        type != null && type.equalsIgnoreCase("png") ? "image/png" : "image/jpeg", bytes));
            } catch (IllegalArgumentException e) {
                throw new BadPayload("AXIS ImageFile is not base64");
            }
        }
        if (r.plateText == null) {
            if ("lost".equals(r.lifecycle)) return out;
            throw new BadPayload("AXIS event without plateText");
        }
        out.add(r.build());
        return out;
    }

    private static Instant time(String text, ZoneOffset zone) {
        if (text == null) throw new BadPayload("AXIS event without datetime");
        try {
            return LocalDateTime.parse(text, TIME).toInstant(zone);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new BadPayload("AXIS datetime is neither yyyyMMdd HHmmssSSS nor ISO 8601: " + text);
            }
        }
    }
}
