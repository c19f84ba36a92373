package vn.tinhso.infrastructure.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.territory.ProvinceArea;

/**
 * OpenCelliD's cell export (CC BY-SA 4.0). Rows of other countries or outside the province are out of scope: they
 * are listed as notes with their line and never written. Wrong rows (unknown radio or operator, a position outside
 * Vietnam, a negative range, created after updated, the same identity twice) are errors.
 */
@Component
class OpenCellIdImportKind implements ImportKind {

    static final String CODE = "infrastructure.opencellid";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Registry registry;
    private final ProvinceArea area;

    OpenCellIdImportKind(Registry registry, ProvinceArea area) {
        this.registry = registry;
        this.area = area;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "infrastructure.opencellid";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("radio", ColumnType.TEXT),
                ColumnSpec.required("mcc", ColumnType.INTEGER),
                ColumnSpec.required("net", ColumnType.INTEGER),
                ColumnSpec.required("area", ColumnType.INTEGER),
                ColumnSpec.required("cell", ColumnType.INTEGER),
                ColumnSpec.optional("unit", ColumnType.INTEGER),
                ColumnSpec.required("lon", ColumnType.DECIMAL),
                ColumnSpec.required("lat", ColumnType.DECIMAL),
                ColumnSpec.required("range", ColumnType.DECIMAL),
                ColumnSpec.optional("samples", ColumnType.INTEGER),
                ColumnSpec.optional("changeable", ColumnType.INTEGER),
                ColumnSpec.required("created", ColumnType.INTEGER),
                ColumnSpec.required("updated", ColumnType.INTEGER),
                ColumnSpec.optional("average_signal", ColumnType.INTEGER, "averageSignal"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("radio", "mcc", "net", "area", "cell");
    }

    private static boolean otherCountry(ImportRow row) {
        return row.integer("mcc") != null && row.integer("mcc") != Operators.VIETNAM_MCC;
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        if (Technology.ofRadio(row.text("radio")).isEmpty())
            problems.accept(RowProblem.of(row.line(), "radio", "infra.import.problem.radio", row.text("radio")));
        CellChecks.identity(row, "area", "cell", problems);
        BigDecimal range = row.decimal("range");
        if (range != null && range.signum() < 0)
            problems.accept(RowProblem.of(row.line(), "range", "infra.import.problem.negative"));
        Long created = row.integer("created");
        Long updated = row.integer("updated");
        if (created != null && updated != null && created > updated)
            problems.accept(RowProblem.of(row.line(), "created", "infra.import.problem.createdAfterUpdated"));
        if (otherCountry(row)) return;
        if (Operators.mnc(String.valueOf(row.integer("net"))).isEmpty())
            problems.accept(RowProblem.of(row.line(), "net", "infra.import.problem.operator", row.text("net")));
        BigDecimal lat = row.decimal("lat");
        BigDecimal lon = row.decimal("lon");
        if (lat != null && lon != null && !VietnamBounds.contains(lat.doubleValue(), lon.doubleValue()))
            problems.accept(VietnamBounds.contains(lon.doubleValue(), lat.doubleValue())
                    ? RowProblem.of(row.line(), "lat", "infra.import.problem.swapped", lat, lon)
                    : RowProblem.of(row.line(), "lat", "infra.import.problem.outsideVietnam", lat, lon));
    }

    private boolean inScope(ImportRow row) {
        return !otherCountry(row) && area.contains(row.decimal("lat").doubleValue(), row.decimal("lon").doubleValue());
    }

    @Override
    public List<RowProblem> warnings(List<ImportRow> rows) {
        List<RowProblem> notes = new ArrayList<>();
        for (ImportRow r : rows) {
            if (otherCountry(r))
                notes.add(RowProblem.of(r.line(), "mcc", "infra.import.note.otherCountry", r.integer("mcc")));
            else if (!inScope(r))
                notes.add(RowProblem.of(r.line(), "lat", "infra.import.note.outsideProvince", r.decimal("lat"), r.decimal("lon")));
        }
        return notes;
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows) {
            if (!inScope(r)) continue; // listed by warnings(), never written
            LocalDate created = Instant.ofEpochSecond(r.integer("created")).atZone(VIETNAM).toLocalDate();
            registry.saveCell(new Registry.NewCell(null, Operators.VIETNAM_MCC, Operators.mnc(String.valueOf(r.integer("net"))).orElseThrow(),
                    Technology.ofRadio(r.text("radio")).orElseThrow().label(), r.integer("area"), r.integer("cell"),
                    r.decimal("lat").doubleValue(), r.decimal("lon").doubleValue(), r.decimal("range").doubleValue(),
                    null, null, null, null, null, "active", created, null, "opencellid"), datasetVersionId);
        }
    }
}
