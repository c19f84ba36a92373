package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.tinhso.cameras.Recognition;

/** Hikvision ISAPI {@code EventNotificationAlert} with eventType ANPR (the {@code anpr.xml} part of its push). */
final class HikvisionAnpr {

    private HikvisionAnpr() {
    }

    static boolean recognises(Document doc) {
        return doc.getDocumentElement().getLocalName().equals("EventNotificationAlert");
    }

    static List<Recognition> read(Document doc, List<Recognition.Image> images) {
        Element root = doc.getDocumentElement();
        String type = SafeXml.text(root, "eventType");
        if (type == null || !type.equalsIgnoreCase("ANPR")) {
            throw new BadPayload("Hikvision event of type " + type + ", not ANPR");
        }
        Element anpr = SafeXml.first(root, "ANPR");
        if (anpr == null) throw new BadPayload("Hikvision ANPR event without its <ANPR> element");
        ReadBuilder r = new ReadBuilder("hikvision");
        String mac = SafeXml.text(root, "macAddress");
        r.camera = mac != null ? mac.toLowerCase(Locale.ROOT) : SafeXml.text(root, "ipAddress");
        r.time = time(SafeXml.text(root, "dateTime"));
        r.plateText = SafeXml.text(anpr, "licensePlate");
        if (r.plateText == null || r.plateText.equalsIgnoreCase("unknown") || r.plateText.equals("无车牌")) return List.of();
        Double confidence = number(SafeXml.text(anpr, "confidenceLevel"));
        r.confidence = confidence == null ? null : confidence / 100.0;
        r.lane = number(SafeXml.text(anpr, "line")) == null ? null : number(SafeXml.text(anpr, "line")).intValue();
        r.direction = SafeXml.text(anpr, "direction");
        r.plateColour = SafeXml.text(anpr, "plateColor");
        Element vehicle = SafeXml.first(anpr, "vehicleInfo");
        String kind = vehicle == null ? null : SafeXml.text(vehicle, "vehicleType");
        if (kind == null || kind.matches("\\d+")) kind = SafeXml.text(anpr, "vehicleType");
        r.vehicleKind = kind;
        r.vehicleColour = vehicle == null ? null : SafeXml.text(vehicle, "color");
        r.speedKmh = vehicle == null ? null : positive(number(SafeXml.text(vehicle, "speed")));
        r.speedLimitKmh = positive(number(SafeXml.text(anpr, "speedLimit")));
        r.listName = SafeXml.text(anpr, "vehicleListName");
        r.passId = SafeXml.text(root, "UUID");
        if (r.passId == null) r.passId = SafeXml.text(root, "UUID".toLowerCase(Locale.ROOT));
        r.images.addAll(images);
        return List.of(r.build());
    }

    private static Instant time(String text) {
        if (text == null) throw new BadPayload("Hikvision event without <dateTime>");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadPayload("Hikvision <dateTime> is not ISO 8601 with an offset: " + text);
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

    private static Double positive(Double d) {
        return d == null || d <= 0 ? null : d;
    }
}
