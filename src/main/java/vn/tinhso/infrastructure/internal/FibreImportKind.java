package vn.tinhso.infrastructure.internal;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/** FTTH availability: which operator offers fibre in which village, from which date. */
@Component
class FibreImportKind implements ImportKind {

    static final String CODE = "infrastructure.fibre";

    private final Registry registry;
    private final KnownVillages villages;

    FibreImportKind(Registry registry, KnownVillages villages) {
        this.registry = registry;
        this.villages = villages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "infrastructure.fibre";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("village", ColumnType.TEXT, "ma_thon", "village_code"),
                ColumnSpec.required("operator", ColumnType.TEXT, "doanh_nghiep", "isp"),
                ColumnSpec.required("available_from", ColumnType.DATE, "tu_ngay"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("village", "operator");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String village = row.text("village");
        if (village != null && !villages.exists(village))
            problems.accept(RowProblem.of(row.line(), "village", "infra.import.problem.village", village));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows) registry.saveFibre(r.text("village"), r.text("operator"), r.date("available_from"), datasetVersionId);
    }
}
