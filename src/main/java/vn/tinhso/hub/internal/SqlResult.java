package vn.tinhso.hub.internal;

import java.util.List;

/**
 * What a workbench query returned: its columns, at most the row limit of rows ({@code truncated} when there were
 * more), or the database's refusal ({@code sqlState} and its message) when it failed.
 */
public record SqlResult(List<Column> columns, List<List<Object>> rows, boolean truncated, int rowLimit,
                        String sqlState, String error) {

    public record Column(String name, boolean numeric) {
    }

    public static SqlResult failed(String sqlState, String error) {
        return new SqlResult(List.of(), List.of(), false, 0, sqlState, error);
    }

    public boolean failed() {
        return error != null;
    }

    /**
     * RFC 4180 CSV with a header line. A text cell that a spreadsheet would take for a formula is prefixed with
     * an apostrophe, so opening the download never runs anything.
     */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(c -> cell(c.name())).toList())).append("\r\n");
        for (List<Object> row : rows) {
            out.append(String.join(",", row.stream().map(v -> v instanceof Number || v instanceof Boolean ? v.toString()
                    : cell(v == null ? "" : v.toString())).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** The first numeric column, the one the page charts against the first column; -1 if none. */
    public int firstNumericColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).numeric()) return i;
        }
        return -1;
    }
}
