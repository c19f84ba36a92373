package vn.tinhso.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.catalog.internal.RawTable.RawRow;

/**
 * Everything checked before a row is written, one row at a time: required columns, types, duplicates in the file,
 * and the kind's own checks. A duplicate names both lines and both rows' values; the first row's values are read
 * again from the file at the end ({@link #duplicates}), so no row is kept in memory for it.
 */
final class RowChecker {

    private static final int DUPLICATES_NAMED = 1000;

    /** A row whose key an earlier row already gave. */
    private record Duplicate(int firstLine, int line, String key, String values) {
    }

    private final ImportKind kind;
    private final JsonMapper json;
    private final Map<String, Integer> positions;
    private final KeyLines seen = new KeyLines();
    private final List<Duplicate> duplicates = new ArrayList<>();

    /** The date the uploader says the file describes, filled into the kind's date column where a row leaves it blank. */
    private final java.time.LocalDate referenceDate;

    RowChecker(ImportKind kind, List<String> headers, JsonMapper json) {
        this(kind, headers, json, null);
    }

    RowChecker(ImportKind kind, List<String> headers, JsonMapper json, java.time.LocalDate referenceDate) {
        this.referenceDate = referenceDate;
        this.kind = kind;
        this.json = json;
        this.positions = ColumnMatch.positions(kind, headers);
        // Asked once: a kind may build these lists on every call, and a file has millions of rows.
        this.columns = List.copyOf(kind.columns());
        this.uniqueKey = List.copyOf(kind.uniqueKey());
        this.dateColumn = kind.referenceDateColumn();
    }

    private final List<ColumnSpec> columns;
    private final List<String> uniqueKey;
    private final String dateColumn;

    /** One problem per required column the header lacks; no row can be checked without them. */
    List<RowProblem> missingColumns() {
        return ColumnMatch.missingRequired(kind, positions).stream()
                .map(column -> RowProblem.of(1, column, "catalog.problem.missingColumn", column))
                .toList();
    }

    /** The row once checked, or null when it has problems, each given to {@code problems}. */
    ImportRow check(RawRow raw, Consumer<RowProblem> problems) {
        List<RowProblem> rowProblems = new ArrayList<>();
        Map<String, String> values = values(raw, rowProblems);
        ImportRow row = new ImportRow(raw.line(), values);
        boolean duplicate = false;
        if (!uniqueKey.isEmpty()) {
            List<String> key = new ArrayList<>(uniqueKey.size());
            for (String column : uniqueKey) key.add(values.get(column));
            int first = seen.putIfAbsent(key, raw.line());
            if (first >= 0) {
                duplicate = true;
                if (duplicates.size() < DUPLICATES_NAMED) {
                    duplicates.add(new Duplicate(first, raw.line(), keyText(values), otherValues(values)));
                }
            }
        }
        if (rowProblems.isEmpty() && !duplicate) {
            kind.check(row, rowProblems::add);
        }
        rowProblems.forEach(problems);
        return rowProblems.isEmpty() && !duplicate ? row : null;
    }

    private Map<String, String> values(RawRow raw, List<RowProblem> rowProblems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ColumnSpec column : columns) {
            Integer position = positions.get(column.name());
            String cell = position == null ? "" : raw.get(position).trim();
            if (cell.isEmpty() && referenceDate != null && column.name().equals(dateColumn)) {
                cell = referenceDate.toString();
            }
            if (cell.isEmpty()) {
                if (column.required()) {
                    rowProblems.add(RowProblem.of(raw.line(), column.name(), "catalog.problem.required"));
                }
                continue;
            }
            try {
                values.put(column.name(), ValueCheck.canonical(column.type(), ValueCheck.fits(column, cell), json));
            } catch (ValueCheck.BadValue e) {
                rowProblems.add(RowProblem.of(raw.line(), column.name(), e.code, e.args));
            }
        }
        return values;
    }

    /**
     * The duplicate problems, each naming the first line and its values, read from {@code source} in a second pass
     * when the file has duplicates. Duplicates past the first thousand are only counted by the caller.
     */
    void duplicates(RowSource source, Consumer<RowProblem> problems) {
        if (duplicates.isEmpty()) {
            return;
        }
        Map<Integer, String> firstValues = new HashMap<>();
        duplicates.forEach(d -> firstValues.put(d.firstLine(), null));
        source.rows(raw -> {
            if (firstValues.containsKey(raw.line())) {
                firstValues.put(raw.line(), otherValues(values(raw, new ArrayList<>())));
            }
        });
        String column = String.join("+", kind.uniqueKey());
        for (Duplicate d : duplicates) {
            problems.accept(RowProblem.of(d.line(), column, "catalog.problem.duplicateRows", d.firstLine(), d.line(), d.key(),
                    String.valueOf(firstValues.get(d.firstLine())), d.values()));
        }
    }

    private String keyText(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        for (String column : kind.uniqueKey()) {
            if (values.get(column) != null) {
                parts.add(column + "=" + values.get(column));
            }
        }
        return String.join(", ", parts);
    }

    /** The row's columns outside the key, e.g. {@code value=12}; "no other values" when it has none. */
    private String otherValues(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((column, value) -> {
            if (!kind.uniqueKey().contains(column)) {
                parts.add(column + "=" + value);
            }
        });
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }
}
