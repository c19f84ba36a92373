package vn.tinhso.indicators.internal;

import vn.tinhso.indicators.Period;
import java.util.List;

/** The periods that hold current values, as stored, with the years they fall in; the latest first. */
public interface PeriodsWithData {

    List<Period> periods();
}
