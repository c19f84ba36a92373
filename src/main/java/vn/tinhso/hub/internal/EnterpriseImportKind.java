package vn.tinhso.hub.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/** Enterprises and branches from the business registry, keyed by tax code, with their industry (VSIC 2018). */
@Component
class EnterpriseImportKind implements ImportKind {

    static final String CODE = "hub.enterprises";
    static final Set<String> STATUSES = Set.of("active", "suspended", "dissolving", "dissolved");

    private final MasterRecords records;
    private final KnownPlaces places;

    EnterpriseImportKind(MasterRecords records, KnownPlaces places) {
        this.records = records;
        this.places = places;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "hub.enterprises";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("tax_code", ColumnType.TEXT, "ma_so_thue", "mst", "taxCode").withMaxLength(20),
                ColumnSpec.required("name", ColumnType.TEXT, "ten_doanh_nghiep").withMaxLength(300),
                ColumnSpec.optional("vsic", ColumnType.TEXT, "nganh_nghe", "industryCode").withMaxLength(10),
                ColumnSpec.required("commune", ColumnType.TEXT, "ma_xa", "communeCode").withMaxLength(10),
                ColumnSpec.optional("registered_on", ColumnType.DATE, "ngay_dang_ky", "registeredOn"),
                ColumnSpec.required("status", ColumnType.TEXT, "trang_thai").withMaxLength(20),
                ColumnSpec.optional("industrial_park", ColumnType.TEXT, "khu_cong_nghiep", "industrialPark").withMaxLength(200),
                ColumnSpec.optional("updated_at", ColumnType.TEXT, "cap_nhat", "updatedAt").withMaxLength(40));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("tax_code");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        IdChecks.taxCode(row, "tax_code", problems);
        String vsic = row.text("vsic");
        if (vsic != null && !vsic.matches("\\d{4,5}"))
            problems.accept(RowProblem.of(row.line(), "vsic", "hub.problem.vsic", vsic));
        String status = row.text("status");
        if (status != null && !STATUSES.contains(status.toLowerCase(Locale.ROOT)))
            problems.accept(RowProblem.of(row.line(), "status", "hub.problem.status", status, String.join(", ", STATUSES)));
        Places.check(row, places, problems);
        if (!Timestamps.valid(row.text("updated_at")))
            problems.accept(RowProblem.of(row.line(), "updated_at", "hub.problem.updatedAt", row.text("updated_at")));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        records.saveEnterprises(rows, datasetVersionId);
    }

    @Override
    public Map<String, String> exampleRow() {
        return Map.of("tax_code", "0100109106", "name", "Công ty TNHH Điện tử Mẫu", "vsic", "26100", "commune", "07210",
                "registered_on", "2019-05-20", "status", "active", "industrial_park", "KCN Quang Châu");
    }

    @Override
    public Map<String, List<String>> validCodes() {
        return Map.of("status", List.copyOf(new java.util.TreeSet<>(STATUSES)));
    }
}
