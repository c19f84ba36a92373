package vn.tinhso.hub.internal;

import java.util.Locale;
import java.util.Map;

/** The registries write sex as male/female, M/F or nam/nữ. */
final class Sexes {

    private static final Map<String, String> NORMAL = Map.of("male", "male", "m", "male", "nam", "male",
            "female", "female", "f", "female", "nữ", "female", "nu", "female");

    private Sexes() {
    }

    static String normal(String text) {
        return text == null ? null : NORMAL.get(text.strip().toLowerCase(Locale.ROOT));
    }
}
