package vn.tinhso.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Writing raw values. A changed value is a revision: the old one stays, visible "as known on" earlier dates. */
public interface DataValues {

    /** Writes the values as known from {@code knownFrom}; returns how many were new or changed. */
    int write(List<DataValue> values, Long datasetVersionId, Instant knownFrom);

    /** The history of one value, oldest first. */
    List<Revision> history(String element, String disaggregation, String unit, String period);

    record Revision(java.math.BigDecimal value, ValueStatus status, Long datasetVersionId, Instant knownFrom, Instant knownTo) {
    }

    /** Raw values of an element in a period, as stored (for the "data behind this figure" links). */
    List<DataValue> raw(String element, Period period, LocalDate knownOn, int limit);
}
