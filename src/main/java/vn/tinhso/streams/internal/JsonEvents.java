package vn.tinhso.streams.internal;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON object per line, flattened to dotted names the way Sigma rules name fields ({@code winlog.event_data.Image}
 * also as {@code Image}, since Windows rules name event data fields bare).
 */
final class JsonEvents {

    static final int MAX_DEPTH = 64;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build()).build();

    private JsonEvents() {
    }

    static void parse(String line, Map<String, Object> f) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new MalformedEvent("bad JSON: " + SyslogTime.cut(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEvent("JSON line is not an object");
        }
        flatten("", root, f);
        for (String prefix : new String[] {"winlog.event_data.", "EventData.", "Event.EventData."}) {
            f.keySet().stream().filter(k -> k.startsWith(prefix)).toList()
                    .forEach(k -> f.putIfAbsent(k.substring(prefix.length()), f.get(k)));
        }
        if (f.containsKey("winlog.event_id")) {
            f.putIfAbsent("EventID", f.get("winlog.event_id"));
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> f) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), f);
            }
        } else if (node.isArray()) {
            java.util.List<Object> values = new java.util.ArrayList<>();
            for (JsonNode item : node) {
                values.add(item.isValueNode() ? scalar(item) : item.toString());
            }
            f.put(prefix, values);
        } else {
            f.put(prefix, scalar(node));
        }
    }

    private static Object scalar(JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.longValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asString();
    }
}
