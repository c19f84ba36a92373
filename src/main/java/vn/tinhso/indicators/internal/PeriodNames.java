package vn.tinhso.indicators.internal;

import vn.tinhso.indicators.Period;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** A period in words: "9 tháng đầu năm 2024", "Tháng 10/2024", "Quý III/2024"; "Jan–Sep 2024", "October 2024" in English. */
public final class PeriodNames {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodNames() {
    }

    public static String name(Period p, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return switch (p.type()) {
            case YEAR -> en ? String.valueOf(p.year()) : "Năm " + p.year();
            case YEAR_TO_DATE -> p.index() == 12 ? (en ? "Jan–Dec " + p.year() : "12 tháng năm " + p.year())
                    : en ? (p.index() == 1 ? month(1, true) : "Jan–" + month(p.index(), true)) + " " + p.year()
                    : p.index() + " tháng đầu năm " + p.year();
            case HALF -> en ? "H" + p.index() + " " + p.year() : "6 tháng " + (p.index() == 1 ? "đầu" : "cuối") + " năm " + p.year();
            case QUARTER -> en ? "Q" + p.index() + " " + p.year() : "Quý " + ROMAN[p.index() - 1] + "/" + p.year();
            case MONTH -> en ? month(p.index(), false) + " " + p.year() : "Tháng " + p.index() + "/" + p.year();
            case WEEK -> en ? "Week " + p.index() + ", " + p.year() : "Tuần " + p.index() + "/" + p.year();
        };
    }

    /** A short name for chart axes: "T10/24" or "Oct 24" for months, otherwise the full name. */
    public static String shortName(Period p, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        if (p.type() == Period.PeriodType.MONTH) {
            String yy = String.format("%02d", p.year() % 100);
            return en ? month(p.index(), true) + " " + yy : "T" + p.index() + "/" + yy;
        }
        return name(p, locale);
    }

    private static String month(int month, boolean brief) {
        return Month.of(month).getDisplayName(brief ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
    }
}
