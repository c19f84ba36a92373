package vn.tinhso.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Relative period codes resolved against a date: THIS_YEAR, LAST_YEAR, THIS_YEAR_TO_DATE, LAST_12_MONTHS … */
public final class RelativePeriods {

    private RelativePeriods() {
    }

    /** A list of periods for a relative code, or the single period of a fixed code. */
    public static List<Period> resolve(String code, LocalDate today) {
        Period thisMonth = Period.month(today.getYear(), today.getMonthValue());
        Period lastMonth = thisMonth.offset(-1);
        return switch (code.trim().toUpperCase()) {
            case "THIS_YEAR" -> List.of(Period.year(today.getYear()));
            case "LAST_YEAR" -> List.of(Period.year(today.getYear() - 1));
            case "THIS_MONTH" -> List.of(thisMonth);
            case "LAST_MONTH" -> List.of(lastMonth);
            case "THIS_QUARTER" -> List.of(Period.of(Period.PeriodType.QUARTER, today.getYear(), (today.getMonthValue() + 2) / 3));
            // Up to the last complete month, the way statistics offices publish "n months" figures.
            case "THIS_YEAR_TO_DATE" -> List.of(Period.yearToDate(lastMonth.year(), lastMonth.year() == today.getYear() ? lastMonth.index() : 12));
            case "SAME_PERIOD_LAST_YEAR" -> List.of(Period.yearToDate(lastMonth.year() - 1, lastMonth.year() == today.getYear() ? lastMonth.index() : 12));
            case "LAST_12_MONTHS" -> series(lastMonth, 12);
            case "LAST_4_QUARTERS" -> series(Period.of(Period.PeriodType.QUARTER, today.getYear(), (today.getMonthValue() + 2) / 3).offset(-1), 4);
            case "LAST_5_YEARS" -> series(Period.year(today.getYear() - 1), 5);
            case "MONTHS_THIS_YEAR" -> series(Period.month(today.getYear(), 12), 12);
            case "QUARTERS_THIS_YEAR" -> series(Period.of(Period.PeriodType.QUARTER, today.getYear(), 4), 4);
            default -> List.of(Period.parse(code));
        };
    }

    /** {@code count} periods of the same type ending with {@code last}, oldest first. */
    public static List<Period> series(Period last, int count) {
        List<Period> periods = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) periods.add(last.offset(-i));
        return periods;
    }
}
