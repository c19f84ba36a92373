package vn.tinhso.indicators.internal;

import java.time.LocalDate;

/** Current (or as-known) values of one element summed over its disaggregations, per unit and period. */
record RawRow(String unit, LocalDate start, LocalDate end, double value) {
}
