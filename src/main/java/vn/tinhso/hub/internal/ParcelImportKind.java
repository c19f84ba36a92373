package vn.tinhso.hub.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/**
 * Land parcels from the land registry: commune, map sheet and parcel number, area, land-use code (three letters, e.g.
 * ONT rural residential, LUC rice, SKK industrial park) and the holder's personal id or tax code.
 */
@Component
class ParcelImportKind implements ImportKind {

    static final String CODE = "hub.parcels";

    private final MasterRecords records;
    private final KnownPlaces places;

    ParcelImportKind(MasterRecords records, KnownPlaces places) {
        this.records = records;
        this.places = places;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "hub.parcels";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("commune", ColumnType.TEXT, "ma_xa", "communeCode").withMaxLength(10),
                ColumnSpec.required("map_sheet", ColumnType.INTEGER, "to_ban_do", "mapSheet"),
                ColumnSpec.required("parcel_number", ColumnType.INTEGER, "thua_dat", "so_thua", "parcelNumber"),
                ColumnSpec.required("area_m2", ColumnType.DECIMAL, "dien_tich", "area"),
                ColumnSpec.required("land_use", ColumnType.TEXT, "loai_dat", "landUse").withMaxLength(10),
                ColumnSpec.optional("holder_id", ColumnType.TEXT, "chu_su_dung", "holderId").withMaxLength(20),
                ColumnSpec.optional("updated_at", ColumnType.TEXT, "cap_nhat", "updatedAt").withMaxLength(40));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("commune", "map_sheet", "parcel_number");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        Places.check(row, places, problems);
        Long sheet = row.integer("map_sheet"), number = row.integer("parcel_number");
        if (sheet != null && (sheet < 1 || sheet > 9999))
            problems.accept(RowProblem.of(row.line(), "map_sheet", "hub.problem.positive", sheet));
        if (number != null && (number < 1 || number > 999_999))
            problems.accept(RowProblem.of(row.line(), "parcel_number", "hub.problem.positive", number));
        BigDecimal area = row.decimal("area_m2");
        if (area != null && (area.signum() <= 0 || area.compareTo(BigDecimal.valueOf(1e9)) > 0))
            problems.accept(RowProblem.of(row.line(), "area_m2", "hub.problem.positive", area));
        String use = row.text("land_use");
        if (use != null && !use.matches("[A-Za-z]{3}"))
            problems.accept(RowProblem.of(row.line(), "land_use", "hub.problem.landUse", use));
        IdChecks.holder(row, "holder_id", problems);
        if (!Timestamps.valid(row.text("updated_at")))
            problems.accept(RowProblem.of(row.line(), "updated_at", "hub.problem.updatedAt", row.text("updated_at")));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        records.saveParcels(rows, datasetVersionId);
    }

    @Override
    public Map<String, String> exampleRow() {
        return Map.of("commune", "07210", "map_sheet", "12", "parcel_number", "345", "area_m2", "152.5", "land_use", "ODT",
                "holder_id", "024195012345");
    }
}
