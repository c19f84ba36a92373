package vn.tinhso.cameras.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading cameras' JSON: bounded nesting and sizes, fields looked up case-insensitively as vendors spell them differently. */
final class JsonFields {

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(20_000_000).build())
            .build()).build();

    private JsonFields() {
    }

    static JsonNode read(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw new BadPayload("not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The child whose name matches one of {@code names}, ignoring case; null when none. */
    static JsonNode field(JsonNode node, String... names) {
        if (node == null || !node.isObject()) return null;
        for (String name : names) {
            JsonNode exact = node.get(name);
            if (exact != null && !exact.isNull()) return exact;
        }
        for (var e : node.properties()) {
            for (String name : names) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isNull()) return e.getValue();
            }
        }
        return null;
    }

    static String text(JsonNode node, String... names) {
        JsonNode f = field(node, names);
        if (f == null || f.isContainer()) return null;
        String s = f.asString();
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Double number(JsonNode node, String... names) {
        String s = text(node, names);
        if (s == null) return null;
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new BadPayload("field " + names[0] + " is not a number: " + s);
        }
    }

    static Integer integer(JsonNode node, String... names) {
        Double d = number(node, names);
        return d == null ? null : d.intValue();
    }
}
