package vn.tinhso.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Writing raw values. A changed value is a revision: the old one stays, visible "as known on" earlier dates. */
public interface DataValues {

    /** Writes the values as known from {@code knownFrom}; returns how many were new or changed. */
    int write(List<DataValue> values, Long datasetVersionId, Instant knownFrom);

    /** As {@link #write}, and says which values were new, which replaced a stored value (old and new) and which were equal. */
    Written writeCounting(List<DataValue> values, Long datasetVersionId, Instant knownFrom);

    /** {@code replaced} holds the first {@code REPLACED_KEPT} replacements of the batch. */
    record Written(int added, int changed, int unchanged, List<Replaced> replaced) {
        public static final int REPLACED_KEPT = 1000;
    }

    record Replaced(String element, String disaggregation, String unit, String period, java.math.BigDecimal oldValue,
                    java.math.BigDecimal newValue) {
    }

    /** The history of one value, oldest first. */
    List<Revision> history(String element, String disaggregation, String unit, String period);

    record Revision(java.math.BigDecimal value, ValueStatus status, Long datasetVersionId, Instant knownFrom, Instant knownTo) {
    }

    /** Raw values of an element in a period, as stored (for the "data behind this figure" links). */
    List<DataValue> raw(String element, Period period, LocalDate knownOn, int limit);

    /**
     * Where the current values of an element in a period (within {@code period}'s dates) at {@code unit} or below it came
     * from: one entry per dataset version (null for values written without one) with how many values it gave. For lineage.
     */
    List<Source> sources(String element, Period period, String unit);

    record Source(String element, Long datasetVersionId, int values) {
    }

    /**
     * Raw values with where they came from: of an element in a period (current, or as known on a date), or all the
     * values a dataset version brought (also those revised since), when {@code datasetVersion} is given.
     */
    List<Stored> stored(String element, Period period, Long datasetVersion, LocalDate knownOn, int limit);

    /** A stored value, its dataset version, when it was known, and what its source said about it. */
    record Stored(String element, String disaggregation, String unit, String period, java.math.BigDecimal value, ValueStatus status,
                  Long datasetVersion, Instant knownFrom, Instant knownTo, ValueProvenance provenance) {
    }
}
