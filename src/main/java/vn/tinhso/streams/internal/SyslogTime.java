package vn.tinhso.streams.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import vn.tinhso.streams.ParseOptions;

/** The two syslog time stamps: RFC 3339 (5424) and the BSD "Mmm dd hh:mm:ss" that has neither year nor zone. */
final class SyslogTime {

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private SyslogTime() {
    }

    static Instant rfc3339(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("bad RFC 3339 time stamp '" + cut(text) + "'");
        }
    }

    /** Whether {@code s} at {@code at} starts with "Mmm dd hh:mm:ss" (day padded with a space or a zero). */
    static boolean isBsd(String s, int at) {
        return s.length() >= at + 15 && MONTHS.indexOf(s.substring(at, at + 3)) % 3 == 0
                && s.charAt(at + 3) == ' ' && s.charAt(at + 9) == ':' && s.charAt(at + 12) == ':';
    }

    static Instant bsd(String s, int at, ParseOptions options) {
        if (!isBsd(s, at)) {
            throw new MalformedEvent("no 'Mmm dd hh:mm:ss' time stamp");
        }
        try {
            int month = MONTHS.indexOf(s.substring(at, at + 3)) / 3 + 1;
            int day = Integer.parseInt(s.substring(at + 4, at + 6).trim());
            int hour = Integer.parseInt(s.substring(at + 7, at + 9));
            int minute = Integer.parseInt(s.substring(at + 10, at + 12));
            int second = Integer.parseInt(s.substring(at + 13, at + 15));
            if (options.year() != null) {
                return LocalDateTime.of(options.year(), month, day, hour, minute, second).atZone(options.zone()).toInstant();
            }
            ZonedDateTime now = ZonedDateTime.now(options.clock()).withZoneSameInstant(options.zone());
            ZonedDateTime guess = LocalDateTime.of(now.getYear(), month, day, hour, minute, second).atZone(options.zone());
            // A stamp more than a day ahead of now was written last year (a December line read in January).
            return (guess.isAfter(now.plusDays(1)) ? guess.minusYears(1) : guess).toInstant();
        } catch (NumberFormatException | DateTimeException e) {
            throw new MalformedEvent("bad time stamp '" + s.substring(at, at + 15) + "'");
        }
    }

    static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
