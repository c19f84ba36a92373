package vn.tinhso.indicators;

import java.time.Instant;

/** What the source said about a value: DHIS2's {@code storedBy}, {@code created}, {@code lastUpdated}, {@code comment}, {@code followup}. */
public record ValueProvenance(String storedBy, Instant created, Instant lastUpdated, String comment, Boolean followup) {

    public static final ValueProvenance NONE = new ValueProvenance(null, null, null, null, null);
}
