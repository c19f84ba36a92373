package vn.tinhso.cameras.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/** Average-speed sections: entry and exit camera, the surveyed distance, the limit and the vehicle classes it applies to. */
@Component
class SectionImportKind implements ImportKind {

    private final SectionSpeed sections;
    private final CameraRegistry cameras;

    SectionImportKind(SectionSpeed sections, CameraRegistry cameras) {
        this.sections = sections;
        this.cameras = cameras;
    }

    @Override
    public String code() {
        return "cameras.sections";
    }

    @Override
    public String defaultDataset() {
        return "cameras.sections";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("code", ColumnType.TEXT, "ma_doan"),
                ColumnSpec.required("name", ColumnType.TEXT, "ten_doan"),
                ColumnSpec.required("entry_camera", ColumnType.TEXT, "camera_vao"),
                ColumnSpec.required("exit_camera", ColumnType.TEXT, "camera_ra"),
                ColumnSpec.required("distance_m", ColumnType.DECIMAL, "chieu_dai_m"),
                ColumnSpec.required("limit_kmh", ColumnType.DECIMAL, "toc_do_toi_da"),
                ColumnSpec.optional("classes", ColumnType.TEXT, "loai_xe"),
                ColumnSpec.optional("window_minutes", ColumnType.INTEGER, "cua_so_phut"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("code");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        for (String column : new String[] {"entry_camera", "exit_camera"}) {
            String c = row.text(column);
            if (c != null && !cameras.exists(c)) problems.accept(RowProblem.of(row.line(), column, "cameras.import.problem.camera", c));
        }
        if (row.text("entry_camera") != null && row.text("entry_camera").equals(row.text("exit_camera"))) {
            problems.accept(RowProblem.of(row.line(), "exit_camera", "cameras.import.problem.sameCamera"));
        }
        var d = row.decimal("distance_m");
        if (d != null && d.signum() <= 0) problems.accept(RowProblem.of(row.line(), "distance_m", "cameras.import.problem.positive", d));
        var l = row.decimal("limit_kmh");
        if (l != null && l.signum() <= 0) problems.accept(RowProblem.of(row.line(), "limit_kmh", "cameras.import.problem.positive", l));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows) {
            String classes = r.text("classes");
            Long window = r.integer("window_minutes");
            sections.save(new SectionSpeed.Section(r.text("code"), r.text("name"), r.text("entry_camera"), r.text("exit_camera"),
                    r.decimal("distance_m").doubleValue(), r.decimal("limit_kmh").doubleValue(),
                    classes == null ? List.of() : Arrays.stream(classes.split("[;,\\s]+")).filter(s -> !s.isBlank()).toList(),
                    window == null ? 60 : window.intValue()));
        }
    }

    @Override
    public Map<String, String> exampleRow() {
        return Map.of("code", "QL1A-01", "name", "QL1A Km 100 – Km 110", "entry_camera", "CAM-0001", "exit_camera", "CAM-0002",
                "distance_m", "10000", "limit_kmh", "80", "classes", "car;truck", "window_minutes", "60");
    }
}
