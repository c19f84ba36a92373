package vn.tinhso.demo.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The demo's camera traffic written in the vendors' own formats, as the cameras would push it: Hikvision ANPR multipart
 * with a snapshot, Dahua TrafficJunction JSON, AXIS License Plate Verifier JSON (new, then update) and the generic JSON.
 */
final class CameraPayloads {

    record Pass(String camera, String deviceId, String vendor, Instant at, String plate, String vehicle, int lane, String direction,
                double speed, String violation, String passId, String misreadFirst) {
    }

    record Payload(String contentType, byte[] body) {
    }

    private static final DateTimeFormatter HIK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.ofHours(7));
    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("yyyyMMdd HHmmssSSS").withZone(ZoneOffset.ofHours(7));

    private CameraPayloads() {
    }

    static Payload hikvision(Pass p, Random random) {
        String boundary = "MIME_boundary_" + Long.toHexString(random.nextLong());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <EventNotificationAlert version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">
                <ipAddress>%s</ipAddress><macAddress>%s</macAddress><channelID>1</channelID>
                <dateTime>%s</dateTime><activePostCount>1</activePostCount><eventType>ANPR</eventType><eventState>active</eventState>
                <ANPR><country>VN</country><licensePlate>%s</licensePlate><line>%d</line><direction>%s</direction>
                <confidenceLevel>%d</confidenceLevel><plateColor>%s</plateColor>
                <vehicleInfo><vehicleType>%s</vehicleType><color>white</color><speed>%d</speed></vehicleInfo>
                <pictureInfoList><pictureInfo><fileName>licensePlatePicture.jpg</fileName></pictureInfo></pictureInfoList></ANPR>
                <UUID>%s</UUID></EventNotificationAlert>
                """.formatted("10.24.0." + (Math.abs(p.camera().hashCode()) % 250), p.deviceId(), HIK.format(p.at()),
                p.plate().replace("-", "").replace(".", ""), p.lane(), p.direction().equals("in") ? "forward" : "reverse",
                85 + random.nextInt(15), p.vehicle().equals("truck") || p.vehicle().equals("bus") ? "yellow" : "white",
                p.vehicle().equals("motorbike") ? "motorcycle" : p.vehicle(), Math.round(p.speed()), p.passId());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(b, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"anpr.xml\"; filename=\"anpr.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + xml + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"licensePlatePicture.jpg\"; filename=\"licensePlatePicture.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n");
        b.writeBytes(snapshot(p, random));
        write(b, "\r\n--" + boundary + "--\r\n");
        return new Payload("multipart/form-data; boundary=" + boundary, b.toByteArray());
    }

    static Payload dahua(List<Pass> passes) {
        StringBuilder json = new StringBuilder("{\"Events\":[");
        for (int i = 0; i < passes.size(); i++) {
            Pass p = passes.get(i);
            if (i > 0) json.append(',');
            json.append("{\"Code\":\"TrafficJunction\",\"Action\":\"Pulse\",\"Index\":0,\"Data\":{\"EventID\":").append(i + 1)
                    .append(",\"GroupID\":\"").append(p.passId()).append("\",\"CountInGroup\":1,\"IndexInGroup\":1,\"Lane\":").append(p.lane())
                    .append(",\"UTC\":").append(p.at().getEpochSecond()).append(",\"UTCMS\":").append(p.at().getNano() / 1_000_000)
                    .append(",\"DeviceID\":\"").append(p.deviceId()).append("\"")
                    .append(",\"Object\":{\"ObjectType\":\"Plate\",\"Text\":\"").append(p.plate().replace("-", "").replace(".", ""))
                    .append("\",\"Confidence\":90},\"TrafficCar\":{\"PlateColor\":\"")
                    .append(p.vehicle().equals("truck") || p.vehicle().equals("bus") ? "Yellow" : "White")
                    .append("\",\"Speed\":").append(Math.round(p.speed())).append(",\"UpperSpeedLimit\":60,\"ViolationCode\":\"")
                    .append(p.violation() == null ? "0" : p.violation()).append("\"},\"Vehicle\":{\"Category\":\"")
                    .append(switch (p.vehicle()) {
                        case "motorbike" -> "Motorcycle";
                        case "truck" -> "LightTruck";
                        case "bus" -> "Bus";
                        default -> "SaloonCar";
                    }).append("\"}}}");
        }
        return new Payload("application/json", json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** New, then update: the first read misreads one character and the update corrects it, as AXIS LPV does. */
    static Payload axis(List<Pass> passes) {
        StringBuilder lines = new StringBuilder();
        for (Pass p : passes) {
            if (p.misreadFirst() != null) lines.append(axisLine(p, p.misreadFirst(), "new", p.at(), 0.71)).append('\n');
            lines.append(axisLine(p, p.plate(), p.misreadFirst() == null ? "new" : "update", p.at().plusMillis(400), 0.93)).append('\n');
        }
        return new Payload("application/json", lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String axisLine(Pass p, String plate, String state, Instant at, double confidence) {
        String text = plate.replace("-", "").replace(".", "");
        return "{\"packetCounter\":\"1\",\"datetime\":\"" + AXIS.format(at) + "\",\"plateText\":\"" + text + "\",\"plateUTF8\":\"" + text
                + "\",\"plateCountry\":\"VNM\",\"plateConfidence\":\"" + confidence + "\",\"carState\":\"" + state + "\",\"carID\":\""
                + p.passId() + "\",\"carMoveDirection\":\"" + p.direction() + "\",\"vehicleType\":\"" + p.vehicle()
                + "\",\"camera_info\":{\"SerialNumber\":\"" + p.deviceId() + "\",\"ProdShortName\":\"AXIS P1465-LE-3\"}}";
    }

    static Payload generic(List<Pass> passes) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < passes.size(); i++) {
            Pass p = passes.get(i);
            if (i > 0) json.append(',');
            json.append("{\"camera\":\"").append(p.camera()).append("\",\"time\":\"").append(p.at()).append("\",\"plate\":\"")
                    .append(p.plate()).append("\",\"vehicle\":\"").append(p.vehicle()).append("\",\"lane\":").append(p.lane())
                    .append(",\"direction\":\"").append(p.direction()).append("\",\"speed_kmh\":")
                    .append(String.format(Locale.ROOT, "%.1f", p.speed())).append(",\"pass\":\"").append(p.passId()).append("\"}");
        }
        return new Payload("application/json", json.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A stand-in snapshot: a JPEG header and bytes unique to the pass, so its hash is its own. */
    private static byte[] snapshot(Pass p, Random random) {
        byte[] body = new byte[64];
        random.nextBytes(body);
        byte[] id = p.passId().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        b.writeBytes(id);
        b.writeBytes(body);
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return b.toByteArray();
    }

    private static void write(ByteArrayOutputStream b, String text) {
        b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
