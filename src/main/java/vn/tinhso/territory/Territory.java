package vn.tinhso.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules ask of the territory: units as of a date, their tree, and their shapes. */
public interface Territory {

    /** Units of one level as they stood on the date, optionally only those below one unit. */
    List<AdminUnit> units(LocalDate asOf, String level, String within);

    Optional<AdminUnit> unit(String code, LocalDate asOf);

    List<AdminUnit> children(String code, LocalDate asOf);

    /** From the province down to the unit's parent. */
    List<AdminUnit> ancestors(String code, LocalDate asOf);

    /** Name search that ignores diacritics and case: "bac giang" finds "Bắc Giang". */
    List<AdminUnit> search(String query, LocalDate asOf, int limit);

    /** An RFC 7946 FeatureCollection of the units of a level, as JSON text. */
    String geoJson(LocalDate asOf, String level, String within);

    /** The reorganisation pairs that touch a unit, from the old side and from the new side. */
    List<UnitMapping> mappings(String code);

    /** Villages below a unit (a commune, district or the province) on the date. */
    List<Village> villages(String within, LocalDate asOf);

    /** The date the latest reorganisation took effect (the newest old→new pairs), if any is on record. */
    Optional<LocalDate> latestReorganisation();

    /** All reorganisation pairs that took effect on the date, old code order. */
    List<UnitMapping> reorganisation(LocalDate effective);
}
