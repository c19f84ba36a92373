package vn.tinhso.indicators.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.tinhso.indicators.Aggregation;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.Text;

/** The answer of {@code /api/indicators/analytics}: the periods asked for, the rows, and what each code means. */
record AnalyticsResponse(List<String> periods, String boundaries, LocalDate knownOn, Map<String, Meta> metaData,
                         List<Analytics.Row> rows) {

    /** An indicator's formula or a data element's aggregation, with its name, unit and the page that defines it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meta(Text name, String unit, String definition, String numerator, String denominator, Double factor,
                Aggregation aggregation) {

        static Meta of(Indicator i) {
            return new Meta(i.name(), i.unit(), "/indicators/" + i.code(), i.numerator(), i.denominator(), i.factor(), null);
        }

        static Meta of(DataElement e) {
            return new Meta(e.name(), e.unit(), "/indicators/" + e.code(), null, null, null, e.aggregation());
        }
    }
}
