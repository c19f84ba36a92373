package vn.tinhso.indicators;

import java.math.BigDecimal;

/**
 * One raw value: element (with its disaggregation, "" for none, else "category=option;…"), unit, period, with what its
 * source said about it ({@link ValueProvenance#NONE} when nothing).
 */
public record DataValue(String element, String disaggregation, String unit, String period, BigDecimal value, ValueStatus status,
                        ValueProvenance provenance) {

    public DataValue {
        disaggregation = disaggregation == null ? "" : String.join(";", new java.util.TreeSet<>(java.util.Arrays.asList(disaggregation.split(";"))));
        status = status == null ? ValueStatus.OFFICIAL : status;
        provenance = provenance == null ? ValueProvenance.NONE : provenance;
    }

    public DataValue(String element, String disaggregation, String unit, String period, BigDecimal value, ValueStatus status) {
        this(element, disaggregation, unit, period, value, status, ValueProvenance.NONE);
    }
}
