package vn.tinhso.infrastructure.internal;

import java.util.Optional;

/** Radio generations, in the order of the "at least" tiers of SDG 9.c.1. */
public enum Technology {
    G2("2G", "GSM", 12_000), G3("3G", "UMTS", 4_000), G4("4G", "LTE", 4_000), G5("5G", "NR", 500);

    private final String label;
    private final String radio;
    private final double defaultRangeM;

    Technology(String label, String radio, double defaultRangeM) {
        this.label = label;
        this.radio = radio;
        this.defaultRangeM = defaultRangeM;
    }

    public String label() {
        return label;
    }

    /** The radius used when neither a declared range nor a link budget gives one (the FAO layer's radii). */
    public double defaultRangeM() {
        return defaultRangeM;
    }

    public static Optional<Technology> ofLabel(String text) {
        for (Technology t : values()) if (t.label.equalsIgnoreCase(text)) return Optional.of(t);
        return Optional.empty();
    }

    /** OpenCelliD's radio column: GSM, UMTS, LTE, NR. */
    public static Optional<Technology> ofRadio(String radio) {
        for (Technology t : values()) if (t.radio.equalsIgnoreCase(radio)) return Optional.of(t);
        return Optional.empty();
    }
}
