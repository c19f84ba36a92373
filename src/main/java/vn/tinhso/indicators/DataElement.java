package vn.tinhso.indicators;

import java.util.List;
import java.util.Map;

/**
 * What is collected: e.g. retail sales of a district in a month. {@code categories} are the optional
 * disaggregations (technology × operator, sex, urban/rural) with their options; {@code domain} the
 * values it can take.
 */
public record DataElement(String code, Text name, String unit, String valueType, Aggregation aggregation,
                          Map<String, List<String>> categories, String pack, ValueDomain domain) {

    public DataElement {
        domain = domain == null ? ValueDomain.ANY : domain;
    }
}
