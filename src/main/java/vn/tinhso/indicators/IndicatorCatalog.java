package vn.tinhso.indicators;

import java.util.List;
import java.util.Optional;

/** The definitions loaded from the packs. */
public interface IndicatorCatalog {

    List<DataElement> elements();

    Optional<DataElement> element(String code);

    List<Indicator> indicators();

    Optional<Indicator> indicator(String code);

    List<Target> targets();

    List<Scorecard> scorecards();

    List<ValidationRule> validationRules();

    /** The data elements an indicator is computed from, directly or through other indicators. */
    List<String> elementsUsedBy(String code);
}
