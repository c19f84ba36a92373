package vn.tinhso.indicators;

import java.math.BigDecimal;

/** One raw value: element (with its disaggregation, "" for none, else "category=option;…"), unit, period. */
public record DataValue(String element, String disaggregation, String unit, String period, BigDecimal value, ValueStatus status) {

    public DataValue {
        disaggregation = disaggregation == null ? "" : String.join(";", new java.util.TreeSet<>(java.util.Arrays.asList(disaggregation.split(";"))));
        status = status == null ? ValueStatus.OFFICIAL : status;
    }
}
