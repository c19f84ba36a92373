package vn.tinhso.indicators.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.tinhso.indicators.internal.DataQuality;

/** Validation rules broken for a unit and period, outliers of one element when asked for, and values at two levels. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ValidationReport(List<DataQuality.Violation> violations, List<DataQuality.Outlier> outliers, List<DataQuality.Overlap> overlaps) {
}
