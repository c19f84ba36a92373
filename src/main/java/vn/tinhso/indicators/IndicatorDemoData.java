package vn.tinhso.indicators;

/**
 * Raw demo values for the digital-economy and digital-society packs (2022–2024, old Bắc Giang),
 * generated at the level where they are really collected. Loading twice changes nothing.
 */
public interface IndicatorDemoData {

    /** Writes the values; returns how many were new or changed. */
    int load();
}
