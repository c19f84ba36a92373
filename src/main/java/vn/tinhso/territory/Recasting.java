package vn.tinhso.territory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Expresses a value held for the units of one date in the units of a later date, through every
 * reorganisation in between. A full mapping carries the value whole; a partial one splits it by
 * the recorded weight, or else by the population share of the receiving units. Parts always add
 * up to the whole.
 */
public interface Recasting {

    Recast recast(Map<String, BigDecimal> valuesByOldCode, LocalDate from, LocalDate to);
}
