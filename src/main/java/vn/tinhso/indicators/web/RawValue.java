package vn.tinhso.indicators.web;

import java.math.BigDecimal;
import java.time.Instant;

import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.ValueStatus;

/**
 * A raw value as {@code /api/indicators/data-values} and the raw-values page give it: what, where, when, how much, its
 * status, the dataset version that brought it with the version's source, and what the source said about it.
 */
record RawValue(String element, String disaggregation, String unit, String period, BigDecimal value, ValueStatus status,
                Long datasetVersion, String dataset, Integer versionNumber, String source, Instant knownFrom, Instant knownTo,
                String storedBy, Instant created, Instant lastUpdated, String comment, Boolean followup) {

    static RawValue of(DataValues.Stored v, VersionSources.Version version) {
        return new RawValue(v.element(), v.disaggregation(), v.unit(), v.period(), v.value(), v.status(), v.datasetVersion(),
                version == null ? null : version.dataset(), version == null ? null : version.number(),
                version == null ? null : version.source(), v.knownFrom(), v.knownTo(), v.provenance().storedBy(),
                v.provenance().created(), v.provenance().lastUpdated(), v.provenance().comment(), v.provenance().followup());
    }
}
