package vn.tinhso.territory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.territory.ProvinceArea;
import vn.tinhso.territory.UnitsChanged;

/**
 * The village list (thôn, bản, tổ dân phố) a province imports, since no public one exists. A row's
 * commune is the one standing on {@code as_of} (the row's, or the date the uploader says the list
 * describes), or the latest commune with that code when the list gives no date. A new village of a
 * commune that kept its code in the reorganisation stands under the commune valid at each date. A
 * later year's list, with its {@code as_of} date, replaces the villages it names from that date on;
 * the earlier figures stay visible for earlier dates.
 */
@Component
class VillageImportKind implements ImportKind {

    static final String CODE = "territory.villages";

    private final Villages villages;
    private final ApplicationEventPublisher events;
    private final ProvinceArea province;

    VillageImportKind(Villages villages, ApplicationEventPublisher events, ProvinceArea province) {
        this.villages = villages;
        this.events = events;
        this.province = province;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "Thôn, bản, tổ dân phố";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("code", ColumnType.TEXT, "village_code", "ma_thon", "ma"),
                ColumnSpec.required("name", ColumnType.TEXT, "village_name", "ten_thon", "ten"),
                ColumnSpec.required("commune_code", ColumnType.TEXT, "ma_xa", "commune"),
                ColumnSpec.optional("type", ColumnType.TEXT, "loai"),
                ColumnSpec.required("households", ColumnType.INTEGER, "so_ho", "ho"),
                ColumnSpec.optional("adults", ColumnType.INTEGER, "nguoi_truong_thanh", "so_nguoi_truong_thanh"),
                ColumnSpec.required("population", ColumnType.INTEGER, "dan_so", "so_dan"),
                ColumnSpec.optional("latitude", ColumnType.DECIMAL, "lat", "vi_do"),
                ColumnSpec.optional("longitude", ColumnType.DECIMAL, "lon", "lng", "kinh_do"),
                ColumnSpec.optional("fibre", ColumnType.BOOLEAN, "fiber", "cap_quang"),
                ColumnSpec.optional("as_of", ColumnType.DATE, "ngay"));
    }

    @Override
    public String referenceDateColumn() {
        return "as_of";
    }

    /** Where the import had to choose: a list without a date, and communes that kept their code. */
    @Override
    public List<RowProblem> warnings(List<ImportRow> rows) {
        List<RowProblem> warnings = new ArrayList<>();
        rows.stream().filter(row -> row.date("as_of") == null).findFirst().ifPresent(row ->
                warnings.add(RowProblem.of(row.line(), "as_of", "territory.import.warning.noDate")));
        Set<Villages.Commune> seen = new HashSet<>();
        for (ImportRow row : rows) {
            LocalDate asOf = row.date("as_of");
            if (asOf != null && villages.known(row.text("code")).isPresent()) continue;
            Villages.Commune commune = villages.commune(communeCode(row), asOf).orElse(null);
            if (commune == null || !seen.add(commune)) continue;
            villages.sameCodeBefore(commune).ifPresent(earlier -> warnings.add(RowProblem.of(row.line(), "commune_code",
                    "territory.import.warning.continuedCode", commune.code(), commune.validFrom(), earlier.validFrom())));
        }
        return warnings;
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("code");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String communeCode = communeCode(row);
        LocalDate asOf = row.date("as_of");
        if (villages.commune(communeCode, asOf).isEmpty()) {
            problems.accept(asOf == null
                    ? RowProblem.of(row.line(), "commune_code", "territory.import.problem.noCommune", communeCode)
                    : RowProblem.of(row.line(), "commune_code", "territory.import.problem.noCommuneOn", communeCode, asOf));
        }
        // A village already on record is a duplicate, unless the row is a later list's version of it (as_of after its first record).
        Optional<Villages.Known> existing = villages.known(row.text("code"));
        existing.filter(known -> asOf == null || !asOf.isAfter(known.firstFrom()))
                .ifPresent(known -> problems.accept(RowProblem.of(row.line(), "code",
                        "territory.import.problem.villageExists", row.text("code"), known.datasetVersionId())));
        long households = row.integer("households");
        long population = row.integer("population");
        if (households < 0 || population < 0) {
            problems.accept(RowProblem.of(row.line(), households < 0 ? "households" : "population", "territory.import.problem.negative"));
        } else if (households > population) {
            problems.accept(RowProblem.of(row.line(), "households", "territory.import.problem.moreHouseholdsThanPeople", households, population));
        }
        Long adults = row.integer("adults");
        if (adults != null && (adults < 0 || adults > population)) {
            problems.accept(RowProblem.of(row.line(), "adults", "territory.import.problem.adultsRange", population));
        }
        boolean inRange = checkRange(row, "latitude", -90, 90, problems) & checkRange(row, "longitude", -180, 180, problems);
        if (inRange) checkInsideProvince(row, problems);
    }

    private void checkInsideProvince(ImportRow row, Consumer<RowProblem> problems) {
        var lat = row.decimal("latitude");
        var lon = row.decimal("longitude");
        if (lat == null || lon == null) return;
        double km = province.kmOutside(lat.doubleValue(), lon.doubleValue());
        if (km > province.toleranceKm()) {
            problems.accept(RowProblem.of(row.line(), "latitude", "territory.import.problem.outsideProvince", lat.toPlainString(),
                    lon.toPlainString(), Math.round(km * 10) / 10.0, province.toleranceKm()));
        }
    }

    /** Spreadsheets drop the leading zero of a code typed as a number (07201 → 7201); GSO commune codes have 5 digits. */
    static String communeCode(ImportRow row) {
        String code = row.text("commune_code");
        return code.matches("\\d{1,4}") ? "0".repeat(5 - code.length()) + code : code;
    }

    private static boolean checkRange(ImportRow row, String column, double min, double max, Consumer<RowProblem> problems) {
        var value = row.decimal(column);
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            problems.accept(RowProblem.of(row.line(), column, "territory.import.problem.range", min, max));
            return false;
        }
        return true;
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        villages.insert(rows, datasetVersionId);
        events.publishEvent(new UnitsChanged("villages of dataset version " + datasetVersionId));
    }
}
