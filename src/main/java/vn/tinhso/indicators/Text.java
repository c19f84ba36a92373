package vn.tinhso.indicators;

import java.util.Locale;

/** A name in Vietnamese and English. */
public record Text(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : vi;
    }
}
