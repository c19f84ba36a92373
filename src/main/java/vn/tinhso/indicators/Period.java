package vn.tinhso.indicators;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period by its code: {@code 2024} (year), {@code 2024S1} (half), {@code 2024Q3} (quarter),
 * {@code 202409} (month), {@code 2024W10} (ISO week) and {@code 2024Y9M} (year to date: the first
 * nine months of 2024), which DHIS2 has no code for. {@code start} and {@code end} are inclusive.
 */
public record Period(String code, PeriodType type, int year, int index, LocalDate start, LocalDate end) {

    public enum PeriodType { YEAR, HALF, QUARTER, MONTH, WEEK, YEAR_TO_DATE }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})S([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-?(0[1-9]|1[0-2])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})W([1-9]|[1-4]\\d|5[0-3])");
    private static final Pattern YTD = Pattern.compile("(\\d{4})Y([1-9]|1[0-2])M");
    private static final Pattern ADX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/P(\\d+)([YMWD])");

    public static Period parse(String code) {
        Period known = code == null ? null : PARSED.get(code);
        if (known != null) return known;
        Period parsed = parseUncached(code);
        // An import of millions of values names a few hundred periods: each is parsed once.
        if (PARSED.size() > 10_000) PARSED.clear();
        PARSED.put(code, parsed);
        return parsed;
    }

    private static final java.util.Map<String, Period> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Period parseUncached(String code) {
        if (code == null) throw new IllegalArgumentException("a period code is required, e.g. 2024, 2024Q3, 202409 or 2024Y9M");
        String c = code.trim().toUpperCase();
        Matcher m;
        if ((m = YEAR.matcher(c)).matches()) return year(Integer.parseInt(m.group(1)));
        if ((m = YTD.matcher(c)).matches()) return yearToDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = HALF.matcher(c)).matches()) return of(PeriodType.HALF, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = QUARTER.matcher(c)).matches()) return of(PeriodType.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = MONTH.matcher(c)).matches()) return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = WEEK.matcher(c)).matches()) {
            Period week = of(PeriodType.WEEK, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (week.start.get(IsoFields.WEEK_BASED_YEAR) != week.year) throw new IllegalArgumentException(code + ": that year has no such ISO week");
            return week;
        }
        if ((m = ADX.matcher(c)).matches()) {
            try {
                return fromAdx(code, LocalDate.parse(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            } catch (DateTimeException e) {
                // 2024-13-01 or P0M: a wrong code from the caller, not a server fault.
                throw new IllegalArgumentException("ADX period '" + code + "' is not a real date and duration: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a period code; use 2024, 2024S1, 2024Q3, 202409, 2024W10 or 2024Y9M (first 9 months)");
    }

    public static Period year(int year) {
        return of(PeriodType.YEAR, year, 1);
    }

    public static Period month(int year, int month) {
        return of(PeriodType.MONTH, year, month);
    }

    public static Period yearToDate(int year, int months) {
        return of(PeriodType.YEAR_TO_DATE, year, months);
    }

    public static Period of(PeriodType type, int year, int index) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        return switch (type) {
            case YEAR -> new Period(String.valueOf(year), type, year, 1, jan1, LocalDate.of(year, 12, 31));
            case HALF -> {
                LocalDate s = jan1.plusMonths(6L * (index - 1));
                yield new Period(year + "S" + index, type, year, index, s, s.plusMonths(6).minusDays(1));
            }
            case QUARTER -> {
                LocalDate s = jan1.plusMonths(3L * (index - 1));
                yield new Period(year + "Q" + index, type, year, index, s, s.plusMonths(3).minusDays(1));
            }
            case MONTH -> {
                LocalDate s = LocalDate.of(year, index, 1);
                yield new Period("%d%02d".formatted(year, index), type, year, index, s, s.plusMonths(1).minusDays(1));
            }
            case WEEK -> {
                LocalDate s = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, index).with(DayOfWeek.MONDAY);
                yield new Period(year + "W" + index, type, year, index, s, s.plusDays(6));
            }
            case YEAR_TO_DATE -> new Period(year + "Y" + index + "M", type, year, index, jan1,
                    LocalDate.of(year, index, 1).with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    private static Period fromAdx(String code, LocalDate start, int n, String unit) {
        Period p = switch (unit) {
            case "Y" -> n == 1 && start.getDayOfYear() == 1 ? year(start.getYear()) : null;
            case "M" -> start.getDayOfMonth() != 1 ? null : switch (n) {
                case 1 -> month(start.getYear(), start.getMonthValue());
                case 3 -> start.getMonthValue() % 3 == 1 ? of(PeriodType.QUARTER, start.getYear(), (start.getMonthValue() + 2) / 3) : null;
                case 6 -> start.getMonthValue() % 6 == 1 ? of(PeriodType.HALF, start.getYear(), (start.getMonthValue() + 5) / 6) : null;
                default -> start.getMonthValue() == 1 && n <= 12 ? yearToDate(start.getYear(), n) : null;
            };
            case "W" -> n == 1 && start.getDayOfWeek() == DayOfWeek.MONDAY
                    ? of(PeriodType.WEEK, start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : null;
            default -> null;
        };
        if (p == null) throw new IllegalArgumentException("ADX period '" + code + "' does not start a year, half, quarter, month or week");
        return p;
    }

    /** The period of the same type {@code n} steps away; a year-to-date period steps by years. */
    public Period offset(int n) {
        return switch (type) {
            case YEAR -> year(year + n);
            case YEAR_TO_DATE -> yearToDate(year + n, index);
            case HALF -> step(2, n);
            case QUARTER -> step(4, n);
            case MONTH -> step(12, n);
            case WEEK -> {
                LocalDate s = start.plusWeeks(n);
                yield of(PeriodType.WEEK, s.get(IsoFields.WEEK_BASED_YEAR), s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
        };
    }

    private Period step(int perYear, int n) {
        int zeroBased = year * perYear + (index - 1) + n;
        return of(type, Math.floorDiv(zeroBased, perYear), Math.floorMod(zeroBased, perYear) + 1);
    }

    /** The same period one year earlier: 2024Y9M → 2023Y9M, 2024Q3 → 2023Q3. */
    public Period sameLastYear() {
        return type == PeriodType.WEEK ? of(PeriodType.WEEK, year - 1, Math.min(index, 52)) : switch (type) {
            case YEAR, YEAR_TO_DATE -> offset(-1);
            default -> of(type, year - 1, index);
        };
    }

    /** From 1 January to the end of this period: 2024Q3 → 2024Y9M. */
    public Period yearToDate() {
        if (type == PeriodType.YEAR || type == PeriodType.YEAR_TO_DATE) return this;
        if (type == PeriodType.WEEK) throw new IllegalArgumentException("a week has no year to date in months: " + code);
        return yearToDate(year, end.getMonthValue());
    }

    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    @Override
    public String toString() {
        return code;
    }
}
