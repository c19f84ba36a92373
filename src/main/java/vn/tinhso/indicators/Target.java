package vn.tinhso.indicators;

/**
 * A target with the law that sets it: e.g. e-commerce at least 10% of retail sales by 2025
 * (Quyết định 411/QĐ-TTg). Within {@code tolerance} short of the value it is amber, beyond it red.
 */
public record Target(String code, String indicator, String unit, String period, double value, Direction direction,
                     double tolerance, String legalSource, String pack) {

    public enum Direction { AT_LEAST, AT_MOST }

    public enum Rag { GREEN, AMBER, RED, NO_DATA }

    public Rag status(Double actual) {
        if (actual == null || actual.isNaN()) return Rag.NO_DATA;
        double shortfall = direction == Direction.AT_LEAST ? value - actual : actual - value;
        if (shortfall <= 0) return Rag.GREEN;
        return shortfall <= tolerance ? Rag.AMBER : Rag.RED;
    }
}
