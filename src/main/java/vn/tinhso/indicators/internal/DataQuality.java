package vn.tinhso.indicators.internal;

import vn.tinhso.indicators.ValidationRule;
import vn.tinhso.indicators.Period;
import java.util.List;

/** Validation rule violations and outliers against history. */
public interface DataQuality {

    List<Violation> violations(String unit, Period period);

    /** Values of an element at a level whose distance from the unit's own history exceeds {@code threshold} robust z-scores. */
    List<Outlier> outliers(String element, String unit, String level, Period period, double threshold);

    /**
     * Units whose own value of an element for a period sits above values of their descendants for the same period:
     * the roll-up counts the unit's own value and ignores the descendants', but one of the two levels is wrong.
     */
    List<Overlap> overlaps();

    record Overlap(String element, String period, String unit, String unitName, String level, String lowerLevel, int lowerUnits) {
    }

    record Violation(ValidationRule rule, String unit, String unitName, Double left, Double right) {
    }

    record Outlier(String element, String unit, String unitName, String period, double value, double median, double score) {
    }
}
