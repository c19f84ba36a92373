package vn.tinhso.platform;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers as the reader writes them: 1.234,5 and 16,8 % in Vietnamese, 1,234.5 and 16.8% in English.
 * Pages reach these through the {@code fmt} bean ({@code ${@fmt.number(v, 1)}}).
 */
public final class Formats {

    public static final String NO_VALUE = "—";

    private Formats() {
    }

    public static String number(Number value, int decimals, Locale locale) {
        if (value == null || (value instanceof Double d && (d.isNaN() || d.isInfinite()))) return NO_VALUE;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Whole numbers without decimals, others with up to {@code maxDecimals}: 1.200 rather than 1200.0. */
    public static String compact(Number value, int maxDecimals, Locale locale) {
        if (value == null || (value instanceof Double d && (d.isNaN() || d.isInfinite()))) return NO_VALUE;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A value with its unit: "16,8 %" in Vietnamese, "16.8%" in English, "1.234 tỷ đồng". */
    public static String withUnit(Number value, int decimals, String unit, Locale locale) {
        String number = number(value, decimals, locale);
        if (NO_VALUE.equals(number) || unit == null || unit.isBlank()) return number;
        if ("%".equals(unit.trim()) && "en".equals(locale.getLanguage())) return number + "%";
        return number + " " + unit.trim();
    }

    /** A moment in the province's time, to the second: 28/11/2026 19:05:03 in Vietnamese, 2026-11-28 19:05:03 in English. */
    public static String dateTime(Instant at, ZoneId zone, Locale locale) {
        if (at == null) return NO_VALUE;
        String pattern = "en".equals(locale.getLanguage()) ? "yyyy-MM-dd HH:mm:ss" : "dd/MM/yyyy HH:mm:ss";
        return DateTimeFormatter.ofPattern(pattern).withZone(zone).format(at);
    }
}
