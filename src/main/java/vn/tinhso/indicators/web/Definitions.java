package vn.tinhso.indicators.web;

import java.util.List;

import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.Scorecard;
import vn.tinhso.indicators.Target;
import vn.tinhso.indicators.ValidationRule;

/** Everything the loaded packs define, as {@code /api/indicators} lists it. */
record Definitions(List<DataElement> elements, List<Indicator> indicators, List<Target> targets, List<Scorecard> scorecards,
                   List<ValidationRule> validationRules) {
}
