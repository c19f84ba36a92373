package vn.tinhso.indicators;

import java.time.LocalDate;
import java.util.List;

/** Aggregated figures of indicators and data elements for periods and units. */
public interface Analytics {

    List<Row> query(Request request);

    /**
     * @param codes      indicators or data elements
     * @param periods    fixed period codes (resolve relative ones with {@link RelativePeriods})
     * @param unit       the root unit
     * @param level      the level of the rows below {@code unit}; null for the unit itself
     * @param boundaries units as they stood in each period, or recast to today's units
     * @param knownOn    the values as known at the end of that day; null for the latest
     */
    record Request(List<String> codes, List<Period> periods, String unit, String level, Boundaries boundaries,
                   LocalDate knownOn, boolean withNumeratorDenominator) {
    }

    enum Boundaries { AS_OF_PERIOD, TODAY }

    record Row(String code, String period, String unit, String unitName, Double value, Double numerator, Double denominator) {
    }
}
