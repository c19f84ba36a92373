package vn.tinhso.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.internal.ImportService.Parsed;

/** The date the uploader says a file describes, written into the kind's date column wherever a row leaves it blank. */
final class ReferenceDates {

    private ReferenceDates() {
    }

    static Parsed fill(ImportKind kind, Parsed parsed, LocalDate date) {
        String column = kind.referenceDateColumn();
        if (column == null || date == null) {
            return parsed;
        }
        if (parsed.special() != null) {
            List<ImportRow> rows = parsed.special().stream().map(row -> {
                if (row.text(column) != null) return row;
                Map<String, String> values = new HashMap<>(row.values());
                values.put(column, date.toString());
                return new ImportRow(row.line(), values);
            }).toList();
            return new Parsed(parsed.format(), parsed.table(), rows, parsed.unreadable());
        }
        if (parsed.table() == null) {
            return parsed;
        }
        RawTable table = parsed.table();
        Integer position = ColumnMatch.positions(kind, table.headers()).get(column);
        List<String> headers = new ArrayList<>(table.headers());
        int index = position != null ? position : headers.size();
        if (position == null) headers.add(column);
        List<RawTable.RawRow> rows = new ArrayList<>(table.rows().size());
        for (RawTable.RawRow row : table.rows()) {
            List<String> values = new ArrayList<>(row.values());
            while (values.size() <= index) values.add("");
            if (values.get(index) == null || values.get(index).isBlank()) values.set(index, date.toString());
            rows.add(new RawTable.RawRow(row.line(), values));
        }
        return new Parsed(parsed.format(), new RawTable(table.format(), headers, rows), parsed.special(), parsed.unreadable());
    }
}
