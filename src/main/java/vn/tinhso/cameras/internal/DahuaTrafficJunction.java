package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.tinhso.cameras.Recognition;

/**
 * Dahua ITS {@code TrafficJunction} events, as JSON or as the {@code Events[0].Key=value} text of
 * {@code snapManager.cgi?action=attachFileProc}; the several images of one pass share a GroupID and become one pass.
 */
final class DahuaTrafficJunction {

    private DahuaTrafficJunction() {
    }

    static boolean recognises(JsonNode root) {
        return !events(root).isEmpty();
    }

    static boolean looksLikeKeyValues(String text) {
        return text.lines().anyMatch(l -> l.matches("\\s*Events\\[\\d+]\\..+=.*"));
    }

    /** {@code Events[0].TrafficCar.Speed=45} lines as the JSON tree they stand for. */
    static JsonNode fromKeyValues(String text) {
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        for (String line : text.split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) continue;
            String[] path = line.substring(0, eq).strip().split("\\.");
            JsonNode node = root;
            for (int i = 0; i < path.length; i++) {
                String step = path[i];
                boolean last = i == path.length - 1;
                int bracket = step.indexOf('[');
                String name = bracket < 0 ? step : step.substring(0, bracket);
                ObjectNode parent = (ObjectNode) node;
                if (bracket >= 0) {
                    int index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
                    var array = parent.has(name) && parent.get(name).isArray() ? (tools.jackson.databind.node.ArrayNode) parent.get(name)
                            : parent.putArray(name);
                    while (array.size() <= index) array.addObject();
                    if (last) {
                        array.set(index, JsonFields.MAPPER.getNodeFactory().stringNode(line.substring(eq + 1).strip()));
                    } else {
                        node = array.get(index);
                    }
                } else if (last) {
                    parent.put(name, line.substring(eq + 1).strip());
                } else {
                    node = parent.has(name) && parent.get(name).isObject() ? parent.get(name) : parent.putObject(name);
                }
            }
        }
        return root;
    }

    static List<Recognition> read(JsonNode root, List<Recognition.Image> images) {
        List<Recognition> out = new ArrayList<>();
        for (JsonNode event : events(root)) {
            JsonNode data = JsonFields.field(event, "Data");
            if (data == null) data = event;
            ReadBuilder r = new ReadBuilder("dahua");
            Double utc = JsonFields.number(data, "UTC");
            if (utc == null) throw new BadPayload("Dahua TrafficJunction event without UTC");
            Double ms = JsonFields.number(data, "UTCMS");
            r.time = Instant.ofEpochMilli(utc.longValue() * 1000 + (ms == null ? 0 : ms.longValue()));
            JsonNode object = JsonFields.field(data, "Object");
            JsonNode car = JsonFields.field(data, "TrafficCar");
            r.plateText = JsonFields.text(car, "PlateNumber");
            if (r.plateText == null) r.plateText = JsonFields.text(object, "Text");
            if (r.plateText == null) continue;
            Double confidence = JsonFields.number(object, "Confidence");
            r.confidence = confidence == null ? null : confidence > 1 ? confidence / 100.0 : confidence;
            r.lane = JsonFields.integer(data, "Lane");
            if (r.lane == null) r.lane = JsonFields.integer(car, "Lane");
            r.plateColour = JsonFields.text(car, "PlateColor");
            r.vehicleColour = JsonFields.text(car, "VehicleColor");
            JsonNode vehicle = JsonFields.field(data, "Vehicle");
            r.vehicleKind = JsonFields.text(vehicle, "Category");
            if (r.vehicleKind == null) r.vehicleKind = JsonFields.text(car, "VehicleType", "VehicleSize");
            r.speedKmh = positive(JsonFields.number(car, "Speed"));
            if (r.speedKmh == null) r.speedKmh = positive(JsonFields.number(data, "Speed"));
            r.speedLimitKmh = positive(JsonFields.number(car, "UpperSpeedLimit"));
            String violation = JsonFields.text(car, "ViolationCode");
            r.violationCode = violation == null || violation.equals("0") ? null : violation;
            r.direction = JsonFields.text(data, "Direction");
            String group = JsonFields.text(data, "GroupID");
            r.passId = group != null ? group : JsonFields.text(data, "EventID");
            r.camera = JsonFields.text(data, "DeviceID", "SerialNo");
            r.images.addAll(images);
            out.add(r.build());
        }
        return out;
    }

    private static List<JsonNode> events(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        if (root == null) return found;
        if (root.isArray()) {
            for (JsonNode n : root) found.addAll(events(n));
            return found;
        }
        JsonNode list = JsonFields.field(root, "Events");
        if (list != null && list.isArray()) {
            for (JsonNode n : list) if (isTrafficJunction(n)) found.add(n);
            return found;
        }
        if (isTrafficJunction(root)) found.add(root);
        return found;
    }

    private static boolean isTrafficJunction(JsonNode n) {
        String code = JsonFields.text(n, "Code");
        if (code == null) code = JsonFields.text(JsonFields.field(n, "EventBaseInfo"), "Code");
        return "TrafficJunction".equalsIgnoreCase(code);
    }

    private static Double positive(Double d) {
        return d == null || d <= 0 ? null : d;
    }
}
