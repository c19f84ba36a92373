package vn.tinhso.territory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One old→new pair of a reorganisation; {@code weight} is the share of the old unit that went to the new one. */
public record UnitMapping(String oldCode, String oldName, String newCode, String newName, LocalDate effective,
                          String kind, BigDecimal weight, String weightBasis) {
}
