package vn.tinhso.indicators;

/**
 * A computed figure: {@code numerator} (÷ {@code denominator} when present) × {@code factor}. Both are
 * expressions over data elements, other indicators and constants; a ratio over several units is
 * Σ numerator ÷ Σ denominator because each side is aggregated before the division.
 */
public record Indicator(String code, Text name, String unit, String numerator, String denominator, double factor,
                        int decimals, Text description, String pack) {

    public boolean isRatio() {
        return denominator != null;
    }
}
