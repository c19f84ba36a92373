package vn.tinhso.indicators;

import java.math.BigDecimal;

/**
 * The values a data element can take: sales, counts and populations are never negative, a share
 * never exceeds 100. {@code min} and {@code max} are inclusive, null when unbounded.
 */
public record ValueDomain(BigDecimal min, BigDecimal max, boolean integer) {

    public static final ValueDomain ANY = new ValueDomain(null, null, false);

    public ValueDomain {
        if (min != null && max != null && min.compareTo(max) > 0)
            throw new IllegalArgumentException("the minimum " + min + " is above the maximum " + max);
    }

    public boolean belowMin(BigDecimal value) {
        return min != null && value.compareTo(min) < 0;
    }

    public boolean aboveMax(BigDecimal value) {
        return max != null && value.compareTo(max) > 0;
    }

    public boolean wholeNumberMissed(BigDecimal value) {
        return integer && value.stripTrailingZeros().scale() > 0;
    }
}
