package vn.tinhso.territory.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text without its diacritics, for search: "Bắc Giang" → "bac giang". */
final class Ascii {

    private Ascii() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
