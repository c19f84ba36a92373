package vn.tinhso.hub;

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

    /** The first numeric column, the one the page charts against the first column; -1 if none. */
    public int firstNumericColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).numeric()) return i;
        }
        return -1;
    }
}
