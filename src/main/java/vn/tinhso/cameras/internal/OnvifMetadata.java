package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.tinhso.cameras.Recognition;

/**
 * ONVIF Profile M metadata: notification messages on the topics {@code tns1:RuleEngine/Recognition/LicensePlate},
 * {@code …/Recognition/Face} and {@code tns1:RuleEngine/CountAggregation/Counter}, and frames whose objects carry a
 * {@code LicensePlateInfo} appearance.
 */
final class OnvifMetadata {

    private OnvifMetadata() {
    }

    static boolean recognises(Document doc) {
        String root = doc.getDocumentElement().getLocalName();
        return root.equals("MetadataStream") || root.equals("Notify") || root.equals("NotificationMessage")
                || root.equals("Envelope") && !SafeXml.all(doc, "NotificationMessage").isEmpty();
    }

    static List<Recognition> read(Document doc) {
        List<Recognition> out = new ArrayList<>();
        for (Element message : SafeXml.all(doc, "NotificationMessage")) {
            String topic = SafeXml.text(message, "Topic");
            if (topic == null) continue;
            Element m = SafeXml.first(message, "Message");
            Element inner = m == null ? null : SafeXml.first(m, "Message");
            Element body = inner != null ? inner : m;
            if (body == null) continue;
            Map<String, String> items = simpleItems(body);
            Instant time = time(SafeXml.attribute(body, "UtcTime"));
            if (topic.endsWith("Recognition/LicensePlate")) {
                ReadBuilder r = new ReadBuilder("onvif");
                r.time = time;
                r.passId = items.get("ObjectId");
                r.confidence = number(items.get("Likelihood"));
                Element plate = SafeXml.first(body, "LicensePlateInfo");
                r.plateText = plate == null ? items.get("PlateNumber") : SafeXml.text(plate, "PlateNumber");
                Element vehicle = SafeXml.first(body, "VehicleInfo");
                if (vehicle != null) {
                    r.vehicleKind = SafeXml.text(vehicle, "Type");
                    r.vehicleColour = SafeXml.text(vehicle, "Color");
                }
                r.speedKmh = number(items.get("Speed"));
                r.direction = items.get("Direction");
                r.camera = items.get("VideoSourceConfigurationToken");
                image(r, items.get("ImageURI"), "plate");
                image(r, items.get("VehicleImageURI"), "vehicle");
                if (r.plateText != null) out.add(r.build());
            } else if (topic.endsWith("Recognition/Face")) {
                ReadBuilder r = new ReadBuilder("onvif");
                r.type = Recognition.Type.FACE;
                r.time = time;
                r.faceId = items.get("EnrollmentID");
                r.confidence = number(items.get("Likelihood"));
                r.passId = items.get("ObjectId");
                r.camera = items.get("VideoSourceConfigurationToken");
                image(r, items.get("ImageURI"), "face");
                image(r, items.get("RefImageUri"), "reference");
                out.add(r.build());
            } else if (topic.endsWith("CountAggregation/Counter")) {
                ReadBuilder r = new ReadBuilder("onvif");
                r.type = Recognition.Type.COUNT;
                r.time = time;
                Double count = number(items.getOrDefault("Count", items.get("Value")));
                if (count == null) throw new BadPayload("ONVIF counter without a Count");
                r.count = count.longValue();
                r.vehicleKind = items.get("ClassFilter");
                r.camera = items.get("VideoSourceConfigurationToken");
                out.add(r.build());
            }
        }
        for (Element frame : SafeXml.all(doc, "Frame")) {
            Instant time = time(SafeXml.attribute(frame, "UtcTime"));
            for (Element object : SafeXml.all(frame, "Object")) {
                Element plate = SafeXml.first(object, "LicensePlateInfo");
                if (plate == null) continue;
                ReadBuilder r = new ReadBuilder("onvif");
                r.time = time;
                r.passId = SafeXml.attribute(object, "ObjectId");
                r.plateText = SafeXml.text(plate, "PlateNumber");
                r.confidence = number(SafeXml.attribute(SafeXml.first(plate, "PlateNumber"), "Likelihood"));
                Element vehicle = SafeXml.first(object, "VehicleInfo");
                if (vehicle != null) {
                    r.vehicleKind = SafeXml.text(vehicle, "Type");
                    r.vehicleColour = SafeXml.text(vehicle, "Color");
                }
                image(r, SafeXml.text(object, "ImageRef"), "plate");
                if (r.plateText != null) out.add(r.build());
            }
        }
        return out;
    }

    private static void image(ReadBuilder r, String uri, String name) {
        if (uri != null && !uri.isBlank()) r.images.add(new Recognition.Image(name, null, null, uri, null));
    }

    private static Map<String, String> simpleItems(Element body) {
        Map<String, String> items = new HashMap<>();
        for (Element item : SafeXml.all(body, "SimpleItem")) {
            String name = SafeXml.attribute(item, "Name");
            String value = SafeXml.attribute(item, "Value");
            if (name != null && value != null) items.putIfAbsent(name, value);
        }
        return items;
    }

    private static Instant time(String text) {
        if (text == null) throw new BadPayload("ONVIF message without UtcTime");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new BadPayload("ONVIF UtcTime is not an ISO 8601 time: " + text);
            }
        }
    }

    private static Double number(String s) {
        if (s == null) return null;
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
