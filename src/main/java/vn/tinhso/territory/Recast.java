package vn.tinhso.territory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Values re-expressed in the units of a later date. {@code unmapped} lists old codes that have no
 * successor on that date; their values are left out of {@code values}.
 */
public record Recast(Map<String, BigDecimal> values, List<RecastWeight> weights, List<String> unmapped) {
}
