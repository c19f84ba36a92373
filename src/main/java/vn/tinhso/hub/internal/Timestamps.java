package vn.tinhso.hub.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The registries' "updated at": an instant, a date-time with offset, or a date (midnight, Vietnam time). */
final class Timestamps {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private Timestamps() {
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        try {
            if (t.length() == 10) return LocalDate.parse(t).atStartOfDay(VIETNAM).toInstant();
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean valid(String text) {
        return text == null || text.isBlank() || parse(text) != null;
    }
}
