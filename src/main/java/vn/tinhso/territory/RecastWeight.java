package vn.tinhso.territory;

import java.math.BigDecimal;

/** The share of an old unit's value that went to a new unit, and what the share is based on. */
public record RecastWeight(String oldCode, String newCode, BigDecimal weight, String basis) {
}
