package vn.tinhso.security.sigma;

import java.util.AbstractMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An event's fields as the rules read them, remembering each value's lower-cased text, so that hundreds of
 * case-insensitive tests on one event lower-case each value once.
 */
public final class SigmaEvent extends AbstractMap<String, Object> {

    private final Map<String, Object> fields;
    private final IdentityHashMap<Object, String> lower = new IdentityHashMap<>();

    private SigmaEvent(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static SigmaEvent of(Map<String, Object> fields) {
        return fields instanceof SigmaEvent e ? e : new SigmaEvent(fields);
    }

    @Override
    public Object get(Object key) {
        return fields.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return fields.entrySet();
    }

    /** The value's text, lower-cased, computed once per value object. */
    String lower(Object value, String text) {
        return lower.computeIfAbsent(value, v -> text.toLowerCase(Locale.ROOT));
    }

    static String lower(Map<String, Object> event, Object value, String text) {
        return event instanceof SigmaEvent e ? e.lower(value, text) : text.toLowerCase(Locale.ROOT);
    }
}
