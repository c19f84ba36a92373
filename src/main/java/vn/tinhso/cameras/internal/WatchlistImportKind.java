package vn.tinhso.cameras.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.access.Role;
import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.cameras.PlateNumber;

/** Watchlist entries: the list (created on first use with its kind and source), the plate, the reason and validity. */
@Component
class WatchlistImportKind implements ImportKind {

    static final Set<String> KINDS = Set.of("stolen_vehicle", "wanted", "unpaid_fines", "expired_registration", "other");

    private final Watchlists watchlists;

    WatchlistImportKind(Watchlists watchlists) {
        this.watchlists = watchlists;
    }

    @Override
    public String code() {
        return "cameras.watchlist";
    }

    @Override
    public String defaultDataset() {
        return "cameras.watchlist";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("list", ColumnType.TEXT, "danh_sach"),
                ColumnSpec.required("list_kind", ColumnType.TEXT, "loai_danh_sach"),
                ColumnSpec.optional("list_name", ColumnType.TEXT, "ten_danh_sach"),
                ColumnSpec.required("source", ColumnType.TEXT, "nguon"),
                ColumnSpec.required("plate", ColumnType.TEXT, "bien_so"),
                ColumnSpec.optional("reason", ColumnType.TEXT, "ly_do"),
                ColumnSpec.required("valid_from", ColumnType.DATE, "tu_ngay"),
                ColumnSpec.optional("valid_to", ColumnType.DATE, "den_ngay"));
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String kind = row.text("list_kind");
        if (kind != null && !KINDS.contains(kind)) {
            problems.accept(RowProblem.of(row.line(), "list_kind", "cameras.import.problem.listKind", kind, String.join(", ", KINDS)));
        }
        String plate = row.text("plate");
        if (plate != null) {
            PlateNumber p = PlateNumber.parse(plate);
            if (!p.valid()) problems.accept(RowProblem.of(row.line(), "plate", "cameras.import.problem.plate", plate, p.problem()));
        }
        LocalDate from = row.date("valid_from"), to = row.date("valid_to");
        if (from != null && to != null && to.isBefore(from)) {
            problems.accept(RowProblem.of(row.line(), "valid_to", "cameras.import.problem.validTo", to, from));
        }
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        Map<String, List<ImportRow>> byList = new LinkedHashMap<>();
        for (ImportRow r : rows) byList.computeIfAbsent(r.text("list"), k -> new java.util.ArrayList<>()).add(r);
        for (var e : byList.entrySet()) {
            ImportRow first = e.getValue().get(0);
            Watchlists.Watchlist list = watchlists.ensure(e.getKey(), first.text("list_name") == null ? e.getKey() : first.text("list_name"),
                    first.text("list_kind"), first.text("source"), "import", List.of(Role.ADMIN.name(), Role.CAMERA_OPERATOR.name()));
            watchlists.addAll(list.id(), e.getValue().stream().map(r -> PlateNumber.parse(r.text("plate"))).toList(),
                    e.getValue().stream().map(r -> r.text("reason")).toList(), e.getValue().stream().map(r -> r.date("valid_from")).toList(),
                    e.getValue().stream().map(r -> r.date("valid_to")).toList(), "import:" + datasetVersionId);
        }
    }

    @Override
    public Map<String, String> exampleRow() {
        return Map.of("list", "XE-MAT-CAP", "list_kind", "stolen_vehicle", "list_name", "Xe mất cắp", "source", "Công an tỉnh",
                "plate", "98A-123.45", "reason", "Báo mất ngày 01/11/2026", "valid_from", "2026-11-01");
    }
}
