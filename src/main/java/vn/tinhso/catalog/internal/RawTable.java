package vn.tinhso.catalog.internal;

import java.util.List;

/** A file read into a header and rows of text, before any column is matched or checked. */
record RawTable(String format, List<String> headers, List<RawRow> rows) {

    /** One record; {@code line} is where it is in the file (CSV line, sheet row, JSON item). */
    record RawRow(int line, List<String> values) {

        String get(int index) {
            return index < values.size() && values.get(index) != null ? values.get(index) : "";
        }
    }
}
