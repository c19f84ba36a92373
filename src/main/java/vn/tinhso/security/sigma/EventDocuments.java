package vn.tinhso.security.sigma;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads events for the engine from JSON lines or concatenated JSON objects. Nested objects become dotted names; an
 * evtx_dump-style Windows event ({@code Event.System}, {@code Event.EventData}) becomes the flat names Windows rules
 * use ({@code EventID}, {@code Channel}, {@code Image}, …), with spaces taken out of Defender's field names.
 */
public final class EventDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private EventDocuments() {
    }

    /** An event and the line its object starts on, counted from 1. */
    public record Located(int line, Map<String, Object> event) {
    }

    public static List<Map<String, Object>> read(Reader in) throws IOException {
        return readLocated(in).stream().map(Located::event).toList();
    }

    /** JSON lines or concatenated objects, each flattened, with the line it starts on. */
    public static List<Located> readLocated(Reader in) throws IOException {
        List<Located> events = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new IOException("expected a JSON object at line " + parser.currentLocation().getLineNr());
                }
                int line = parser.currentTokenLocation().getLineNr();
                events.add(new Located(line, flatten(JSON.readTree(parser))));
            }
        } catch (JacksonException e) {
            throw new IOException("bad JSON: " + e.getOriginalMessage(), e);
        }
        return events;
    }

    public static Map<String, Object> flatten(JsonNode root) {
        Map<String, Object> f = new LinkedHashMap<>();
        JsonNode event = root.path("Event");
        if (event.isObject() && event.path("System").isObject()) {
            JsonNode system = event.path("System");
            system.properties().forEach(e -> {
                if (e.getValue().isValueNode()) {
                    f.put(e.getKey(), scalar(e.getValue()));
                }
            });
            put(f, "Provider_Name", system.path("Provider").path("#attributes").path("Name"));
            put(f, "TimeCreated", system.path("TimeCreated").path("#attributes").path("SystemTime"));
            for (String section : new String[] {"EventData", "UserData"}) {
                bare(event.path(section), f);
            }
        }
        dotted("", root, f);
        return f;
    }

    /** Event data fields by their own names; UserData wraps them one level deeper. */
    private static void bare(JsonNode node, Map<String, Object> f) {
        if (!node.isObject()) {
            return;
        }
        node.properties().forEach(e -> {
            if (e.getValue().isObject() && !e.getKey().startsWith("#")) {
                bare(e.getValue(), f);
            } else if (!e.getKey().startsWith("#")) {
                f.putIfAbsent(e.getKey().replace(" ", ""), e.getValue().isValueNode() ? scalar(e.getValue()) : e.getValue().toString());
            }
        });
    }

    private static void dotted(String prefix, JsonNode node, Map<String, Object> f) {
        if (node.isObject()) {
            node.properties().forEach(e -> dotted(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), f));
        } else if (node.isArray()) {
            List<Object> values = new ArrayList<>();
            node.forEach(v -> values.add(v.isValueNode() ? scalar(v) : v.toString()));
            f.putIfAbsent(prefix, values);
        } else {
            f.putIfAbsent(prefix, scalar(node));
        }
    }

    private static void put(Map<String, Object> f, String key, JsonNode n) {
        if (n.isValueNode()) {
            f.put(key, scalar(n));
        }
    }

    private static Object scalar(JsonNode n) {
        if (n.isNull() || n.isMissingNode()) {
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
