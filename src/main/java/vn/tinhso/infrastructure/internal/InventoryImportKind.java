package vn.tinhso.infrastructure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.territory.ProvinceArea;

/**
 * An operator's inventory (the template in docs/infrastructure-template.md): one row per cell, with the site it hangs
 * on repeated on each row. The BTS is the operator's equipment of one technology on one site.
 */
@Component
class InventoryImportKind implements ImportKind {

    static final String CODE = "infrastructure.inventory";
    static final Set<String> SITE_TYPES = Set.of("ground_mast", "rooftop", "pole");
    static final Set<String> STATUSES = Set.of("active", "planned", "off_air");

    private final Registry registry;
    private final ProvinceArea area;
    private final CommuneLocator communes;

    InventoryImportKind(Registry registry, ProvinceArea area, CommuneLocator communes) {
        this.registry = registry;
        this.area = area;
        this.communes = communes;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "infrastructure.inventory";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("site", ColumnType.TEXT, "ma_tram", "site_id"),
                ColumnSpec.required("site_latitude", ColumnType.DECIMAL, "vi_do"),
                ColumnSpec.required("site_longitude", ColumnType.DECIMAL, "kinh_do"),
                ColumnSpec.optional("site_height_m", ColumnType.DECIMAL, "do_cao_cot"),
                ColumnSpec.optional("site_type", ColumnType.TEXT, "loai_cot"),
                ColumnSpec.optional("site_owner", ColumnType.TEXT, "chu_so_huu"),
                ColumnSpec.required("mnc", ColumnType.TEXT, "operator_mnc"),
                ColumnSpec.required("technology", ColumnType.TEXT, "cong_nghe"),
                ColumnSpec.required("area", ColumnType.INTEGER, "lac", "tac"),
                ColumnSpec.required("cell", ColumnType.INTEGER, "cell_id"),
                ColumnSpec.optional("band_mhz", ColumnType.DECIMAL, "bang_tan"),
                ColumnSpec.optional("azimuth", ColumnType.DECIMAL, "goc_phuong_vi"),
                ColumnSpec.optional("tilt", ColumnType.DECIMAL, "goc_nghieng"),
                ColumnSpec.optional("antenna_height_m", ColumnType.DECIMAL, "do_cao_anten"),
                ColumnSpec.optional("power_dbm", ColumnType.DECIMAL, "cong_suat"),
                ColumnSpec.optional("status", ColumnType.TEXT, "trang_thai"),
                ColumnSpec.required("commissioned_on", ColumnType.DATE, "ngay_phat_song"),
                ColumnSpec.optional("decommissioned_on", ColumnType.DATE, "ngay_ngung"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("mnc", "technology", "area", "cell");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        BigDecimal lat = row.decimal("site_latitude");
        BigDecimal lon = row.decimal("site_longitude");
        if (lat != null && lon != null && !area.contains(lat.doubleValue(), lon.doubleValue()))
            problems.accept(RowProblem.of(row.line(), "site_latitude", "infra.import.problem.outsideProvince", lat, lon,
                    Math.round(area.kmOutside(lat.doubleValue(), lon.doubleValue()))));
        String type = row.text("site_type");
        if (type != null && !SITE_TYPES.contains(type))
            problems.accept(RowProblem.of(row.line(), "site_type", "infra.import.problem.siteType", String.join(", ", SITE_TYPES)));
        if (Operators.mnc(row.text("mnc")).isEmpty())
            problems.accept(RowProblem.of(row.line(), "mnc", "infra.import.problem.operator", row.text("mnc")));
        if (Technology.ofLabel(row.text("technology")).isEmpty())
            problems.accept(RowProblem.of(row.line(), "technology", "infra.import.problem.technology", row.text("technology")));
        CellChecks.identity(row, "area", "cell", problems);
        Double azimuth = CellChecks.number(row, "azimuth");
        if (azimuth != null && (azimuth < 0 || azimuth >= 360))
            problems.accept(RowProblem.of(row.line(), "azimuth", "infra.import.problem.azimuth"));
        Double tilt = CellChecks.number(row, "tilt");
        if (tilt != null && (tilt < -90 || tilt > 90))
            problems.accept(RowProblem.of(row.line(), "tilt", "infra.import.problem.tilt"));
        String status = row.text("status");
        if (status != null && !STATUSES.contains(status))
            problems.accept(RowProblem.of(row.line(), "status", "infra.import.problem.status", String.join(", ", STATUSES)));
        LocalDate from = row.date("commissioned_on");
        LocalDate to = row.date("decommissioned_on");
        if (from != null && to != null && !to.isAfter(from))
            problems.accept(RowProblem.of(row.line(), "decommissioned_on", "infra.import.problem.endBeforeStart", from));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows) {
            double lat = r.decimal("site_latitude").doubleValue();
            double lon = r.decimal("site_longitude").doubleValue();
            LocalDate from = r.date("commissioned_on");
            LocalDate to = r.date("decommissioned_on");
            String commune = communes.communeAt(lat, lon, from).orElseThrow(() -> new IllegalStateException("no communes on " + from));
            String site = r.text("site");
            registry.saveTower(new Registry.Tower(site, lat, lon, CellChecks.number(r, "site_height_m"), r.text("site_type"),
                    r.text("site_owner"), commune, from, null), datasetVersionId);
            String mnc = Operators.mnc(r.text("mnc")).orElseThrow();
            String tech = Technology.ofLabel(r.text("technology")).orElseThrow().label();
            long bts = registry.saveBts(site, mnc, tech, from, to, datasetVersionId);
            Double antenna = CellChecks.number(r, "antenna_height_m");
            registry.saveCell(new Registry.NewCell(bts, Operators.VIETNAM_MCC, mnc, tech, r.integer("area"), r.integer("cell"), lat, lon,
                    null, CellChecks.number(r, "band_mhz"), CellChecks.number(r, "azimuth"), CellChecks.number(r, "tilt"),
                    antenna != null ? antenna : CellChecks.number(r, "site_height_m"), CellChecks.number(r, "power_dbm"),
                    r.text("status") == null ? "active" : r.text("status"), from, to, "inventory"), datasetVersionId);
        }
    }
}
