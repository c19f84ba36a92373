package vn.tinhso.indicators.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Times as sources write them: DHIS2's {@code 2024-10-05T10:11:12.000+0000}, ISO-8601 with or without an offset, or a
 * date. A time without an offset is taken as Vietnam time.
 */
final class SourceTimes {

    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd().toFormatter();

    private SourceTimes() {
    }

    /** The instant, or null when the text is blank or not a time. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.trim();
        try {
            var parsed = OFFSET.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) parsed).atZone(ValueStore.VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t).atStartOfDay(ValueStore.VIETNAM).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
