package vn.tinhso.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.catalog.internal.RawTable.RawRow;

/** Everything checked before a row is written: required columns, types, duplicates in the file, and the kind's own checks. */
final class RowChecker {

    record Outcome(List<ImportRow> good, List<RowProblem> problems, int badRows) {
    }

    private RowChecker() {
    }

    static Outcome check(ImportKind kind, RawTable table, JsonMapper json, IntConsumer progress) {
        Map<String, Integer> positions = ColumnMatch.positions(kind, table.headers());
        List<String> missing = ColumnMatch.missingRequired(kind, positions);
        if (!missing.isEmpty()) {
            List<RowProblem> problems = missing.stream()
                    .map(column -> RowProblem.of(1, column, "catalog.problem.missingColumn", column))
                    .toList();
            return new Outcome(List.of(), problems, table.rows().size());
        }
        List<ImportRow> good = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        TreeSet<Integer> badLines = new TreeSet<>();
        Map<List<String>, Integer> seenKeys = new HashMap<>();
        int done = 0;
        for (RawRow raw : table.rows()) {
            List<RowProblem> rowProblems = new ArrayList<>();
            Map<String, String> values = new LinkedHashMap<>();
            for (ColumnSpec column : kind.columns()) {
                Integer position = positions.get(column.name());
                String cell = position == null ? "" : raw.get(position).trim();
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
            ImportRow row = new ImportRow(raw.line(), values);
            if (!kind.uniqueKey().isEmpty()) {
                List<String> key = kind.uniqueKey().stream().map(c -> String.valueOf(values.get(c))).toList();
                Integer first = seenKeys.putIfAbsent(key, raw.line());
                if (first != null) {
                    rowProblems.add(RowProblem.of(raw.line(), String.join("+", kind.uniqueKey()), "catalog.problem.duplicateLine",
                            first, String.join(", ", key)));
                }
            }
            if (rowProblems.isEmpty()) {
                kind.check(row, rowProblems::add);
            }
            if (rowProblems.isEmpty()) {
                good.add(row);
            } else {
                problems.addAll(rowProblems);
                badLines.add(raw.line());
            }
            progress.accept(++done);
        }
        return new Outcome(good, problems, badLines.size());
    }
}
