package vn.tinhso.streams;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What a source's lines do not say: RFC 3164 and auth.log stamps carry neither year nor zone. A null year means the
 * year that puts the stamp closest before "now" (so December lines read in January fall in the previous year).
 */
public record ParseOptions(Integer year, ZoneId zone, Clock clock) {

    public static ParseOptions inZone(ZoneId zone) {
        return new ParseOptions(null, zone, Clock.systemUTC());
    }
}
