package vn.tinhso.streams;

import java.time.Instant;
import java.util.Map;

/**
 * One normalised event: its position in the log, when it happened, where it came from, its fields under ECS names
 * (flat, dotted keys such as {@code source.ip}) and the text it was parsed from.
 */
public record Event(long sequence, Instant timestamp, String source, String format, Map<String, Object> fields,
                    String original) {

    public Object field(String name) {
        return fields.get(name);
    }
}
