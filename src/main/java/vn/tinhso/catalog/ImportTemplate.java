package vn.tinhso.catalog;

import java.util.List;
import java.util.Map;

/** A kind's template: its columns, a row that would pass the checks, and the valid codes per column. */
public record ImportTemplate(String kind, List<ColumnSpec> columns, Map<String, String> example, Map<String, List<String>> codes) {
}
