package vn.tinhso.streams.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.tinhso.streams.Event;

/**
 * The events this process appended most recently, kept after their commit so that a consumer close behind the head
 * of the log takes them from memory instead of reading and decoding them again. Only a run of consecutive positions
 * right after a consumer's checkpoint is served; anything else (an event another process appended, a gap left by a
 * rolled-back append, an event already evicted) is read from the database, so the cache can only save work, never
 * change what a consumer sees.
 */
final class RecentEvents {

    private final int capacity;
    private final TreeMap<Long, Event> bySequence = new TreeMap<>();

    RecentEvents(int capacity) {
        this.capacity = capacity;
    }

    /** Adds committed events, each as the database gives it back. */
    synchronized void add(List<Event> events) {
        if (capacity <= 0) {
            return;
        }
        for (Event e : events) {
            bySequence.put(e.sequence(), e);
        }
        while (bySequence.size() > capacity) {
            bySequence.pollFirstEntry();
        }
    }

    /** The events at {@code position + 1, position + 2, ...} while they are all here, at most {@code max}. */
    synchronized List<Event> after(long position, int max) {
        List<Event> run = new ArrayList<>();
        long next = position + 1;
        Event e;
        while (run.size() < max && (e = bySequence.get(next)) != null) {
            run.add(e);
            next++;
        }
        return run;
    }

    /**
     * The event as a read from {@code streams.event} returns it: time to the microsecond, NUL characters of the text
     * replaced, and field values with the types a JSON number, text or boolean decodes to.
     */
    static Event asStored(long sequence, Instant time, String source, String format, Map<String, Object> fields, String original) {
        Map<String, Object> stored = fields;
        if (!fields.values().stream().allMatch(RecentEvents::decodesAsItself)) {
            stored = new LinkedHashMap<>(fields.size() * 2);
            for (Map.Entry<String, Object> f : fields.entrySet()) {
                stored.put(f.getKey(), jsonValue(f.getValue()));
            }
        }
        return new Event(sequence, time.truncatedTo(ChronoUnit.MICROS), source, format, Collections.unmodifiableMap(stored), original.replace('\0', '\uFFFD'));
    }

    /** A value that comes back from JSON as the same object: most parsed fields are, and need no copy. */
    private static boolean decodesAsItself(Object v) {
        return v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Double;
    }

    private static Object jsonValue(Object v) {
        if (decodesAsItself(v)) {
            return v;
        }
        if (v instanceof Long l) {
            if (l == l.intValue()) {
                return l.intValue();
            }
            return l;
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(RecentEvents::jsonValue).toList();
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, x) -> copy.put(String.valueOf(k), jsonValue(x)));
            return copy;
        }
        return v instanceof Number ? v : String.valueOf(v);
    }
}
