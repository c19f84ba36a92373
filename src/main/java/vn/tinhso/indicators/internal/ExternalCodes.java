package vn.tinhso.indicators.internal;

import java.time.Instant;
import java.util.List;

/**
 * Another system's identifiers mapped to ours, per source (a DHIS2 instance, a ministry): data elements by uid, code
 * or name, org units to GSO codes, category option combos and attribute option combos to our disaggregations, and the
 * statuses a source gives its values. Imports of DHIS2 JSON and ADX translate through these tables.
 */
public interface ExternalCodes {

    /** What an external identifier stands for. */
    enum Kind { ELEMENT, UNIT, COMBO, ATTRIBUTE_COMBO, STATUS }

    record Mapping(String source, Kind kind, String externalId, String code, String updatedBy, Instant updatedAt) {
    }

    /** An identifier an import of the source met and could not translate, with the closest codes of ours. */
    record Unmapped(String source, Kind kind, String externalId, Instant lastSeen, List<Suggestion> suggestions) {
    }

    /** A code of ours that may be meant, with why (same code, similar name) and a score from 0 to 1. */
    record Suggestion(String code, String label, String reason, double score) {
    }

    /** The sources that have a mapping or an identifier waiting for one. */
    List<String> sources();

    /** The source's mappings (all sources when blank). */
    List<Mapping> mappings(String source);

    /** The identifiers the source's imports could not translate, each with suggestions. */
    List<Unmapped> unmapped(String source);

    /** Adds or changes a mapping; throws IllegalArgumentException when the code is not one of ours. */
    Mapping put(String source, Kind kind, String externalId, String code, String user);

    boolean delete(String source, Kind kind, String externalId);
}
