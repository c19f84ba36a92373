package vn.tinhso.indicators;

/** A check between two sides, e.g. households with broadband ≤ households, evaluated per unit of a level. */
public record ValidationRule(String code, Text name, String left, String operator, String right, String level, String pack) {
}
