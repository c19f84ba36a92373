package vn.tinhso.streams.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of matching events, newest first, and (unless only the next rows were asked for) how many match in all
 * and how they fall over the range, in buckets of {@code bucket}; {@code next} is the cursor of the page after, or
 * null on the last.
 */
public record EventSearchResult(EventQuery query, long total, List<Hit> events, Duration bucket, List<Bucket> histogram,
                                String next) {

    /** The fields an analyst scans first, in this order, when an event has them. */
    private static final List<String> KEY_FIELDS = List.of("event.action", "event.outcome", "source.ip", "user.name",
            "destination.ip", "destination.port", "host.name", "url.original", "http.response.status_code", "process.name");

    public record Hit(long seq, Instant time, String source, String format, Map<String, Object> fields, String original) {

        public List<String> keyFields() {
            return KEY_FIELDS.stream().filter(fields::containsKey).limit(5).map(k -> k + "=" + fields.get(k)).toList();
        }
    }

    public record Bucket(Instant bucket, long count) {
    }
}
