package vn.tinhso.infrastructure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.territory.Territory;

/** Households on fibre broadband per commune, as of a date (the operators' subscription reports). */
@Component
class BroadbandImportKind implements ImportKind {

    static final String CODE = "infrastructure.broadband";

    private final Registry registry;
    private final Territory territory;

    BroadbandImportKind(Registry registry, Territory territory) {
        this.registry = registry;
        this.territory = territory;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "infrastructure.broadband";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("commune", ColumnType.TEXT, "ma_xa", "commune_code"),
                ColumnSpec.required("as_of", ColumnType.DATE, "ngay"),
                ColumnSpec.required("fibre_subscriptions", ColumnType.INTEGER, "thue_bao_cap_quang"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("commune", "as_of");
    }

    @Override
    public String referenceDateColumn() {
        return "as_of";
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String commune = row.text("commune");
        LocalDate asOf = row.date("as_of");
        if (commune != null && asOf != null && territory.unit(commune, asOf).filter(u -> u.level().equals("commune")).isEmpty())
            problems.accept(RowProblem.of(row.line(), "commune", "infra.import.problem.commune", commune, asOf));
        Long n = row.integer("fibre_subscriptions");
        if (n != null && (n < 0 || n > Integer.MAX_VALUE))
            problems.accept(RowProblem.of(row.line(), "fibre_subscriptions", "infra.import.problem.negative"));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows)
            registry.saveBroadband(r.text("commune"), r.date("as_of"), r.integer("fibre_subscriptions").intValue(), datasetVersionId);
    }
}
