package vn.tinhso.streams.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an analyst asks of the stored events: a time range on the event time, exact field values, a piece of the
 * original text, a source, and where the page starts (a cursor, or a page number for the first pages). Built from
 * request parameters by {@link #of}, which names the parameter it cannot read.
 */
public record EventQuery(Instant from, Instant to, String text, List<FieldMatch> fields, String source, Cursor after,
                         int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final Duration DEFAULT_RANGE = Duration.ofHours(24);
    /** Deeper pages by number would make the database skip ever more rows; the cursor costs the same at any depth. */
    public static final int MAX_OFFSET = 10_000;

    public EventQuery {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
        fields = List.copyOf(fields);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (after != null && page > 0) {
            throw new IllegalArgumentException("give either page or after, not both");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new IllegalArgumentException("page * size may not pass " + MAX_OFFSET + "; follow the answer's next cursor (after=) instead");
        }
    }

    /** An exact match on one field, written {@code name:value}; the name ends at the first colon, so IPv6 values keep theirs. */
    public record FieldMatch(String name, String value) {

        private static final Pattern NAME = Pattern.compile("[^\\s:]{1,200}");

        public static FieldMatch parse(String spec) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? "" : spec.substring(0, colon).strip();
            if (colon < 0 || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("field filter '" + spec + "' must read name:value, e.g. source.ip:203.0.113.5");
            }
            return new FieldMatch(name, spec.substring(colon + 1).strip());
        }

        @Override
        public String toString() {
            return name + ":" + value;
        }
    }

    /** The last event of a page, newest first: the next page holds what sorts after it by (event time, seq) descending. */
    public record Cursor(Instant time, long seq) {

        public static Cursor parse(String token) {
            int tilde = token.lastIndexOf('~');
            try {
                return new Cursor(Instant.parse(token.substring(0, tilde)), Long.parseLong(token.substring(tilde + 1)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("after '" + token + "' is not a cursor this search gave (time~seq)");
            }
        }

        public String token() {
            return time + "~" + seq;
        }
    }

    /**
     * Reads the parameters as the API and the page receive them. Times are ISO-8601 instants or offsets; a time or date
     * without an offset is read in {@code zone}. Without {@code to} the range ends now, without {@code from} it starts
     * {@link #DEFAULT_RANGE} before its end.
     */
    public static EventQuery of(String from, String to, String text, List<String> fieldSpecs, String source, Integer page,
                                String after, Integer size, ZoneId zone, Clock clock) {
        Instant end = blank(to) ? clock.instant() : time("to", to, zone);
        Instant start = blank(from) ? end.minus(DEFAULT_RANGE) : time("from", from, zone);
        List<FieldMatch> fields = new ArrayList<>();
        for (String spec : fieldSpecs == null ? List.<String>of() : fieldSpecs) {
            for (String line : spec.split("\\R")) {
                if (!line.isBlank()) {
                    fields.add(FieldMatch.parse(line.strip()));
                }
            }
        }
        return new EventQuery(start, end, blank(text) ? null : text, fields, blank(source) ? null : source.strip(),
                blank(after) ? null : Cursor.parse(after.strip()), page == null ? 0 : page, size == null ? 50 : size);
    }

    public EventQuery withAfter(Cursor cursor) {
        return new EventQuery(from, to, text, fields, source, cursor, 0, size);
    }

    /** The field filters one per line, as the search form takes them. */
    public String fieldLines() {
        return fields.stream().map(FieldMatch::toString).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The query as the audit log keeps it. */
    public String describe() {
        return "from=" + from + " to=" + to + (source == null ? "" : " source=" + source)
                + fields.stream().map(f -> " field=" + f).reduce("", String::concat) + (text == null ? "" : " q=" + text);
    }

    private static Instant time(String parameter, String value, ZoneId zone) {
        String v = value.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return LocalDateTime.parse(v).atZone(zone).toInstant();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(v).atStartOfDay(zone).toInstant();
                    } catch (DateTimeParseException notADate) {
                        throw new IllegalArgumentException(parameter + " '" + value
                                + "' is not a time: use ISO-8601, e.g. 2026-11-29T08:00:00Z, 2026-11-29T15:00 (province time) or 2026-11-29");
                    }
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
