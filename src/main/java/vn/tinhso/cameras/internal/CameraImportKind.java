package vn.tinhso.cameras.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.territory.ProvinceArea;

/** The camera registry: one row per camera, CSV or XLSX; a camera already registered is updated. */
@Component
class CameraImportKind implements ImportKind {

    static final String CODE = "cameras.registry";
    static final Set<String> KINDS = Set.of("surveillance", "ai_plate", "ai_face", "ai_both");
    static final Set<String> STATUSES = Set.of("active", "maintenance", "retired");

    private final CameraRegistry registry;
    private final ProvinceArea area;

    CameraImportKind(CameraRegistry registry, ProvinceArea area) {
        this.registry = registry;
        this.area = area;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "cameras.registry";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("code", ColumnType.TEXT, "ma_camera", "camera"),
                ColumnSpec.required("name", ColumnType.TEXT, "ten", "ten_camera"),
                ColumnSpec.required("kind", ColumnType.TEXT, "loai"),
                ColumnSpec.required("latitude", ColumnType.DECIMAL, "vi_do", "lat"),
                ColumnSpec.required("longitude", ColumnType.DECIMAL, "kinh_do", "lon", "lng"),
                ColumnSpec.optional("commune", ColumnType.TEXT, "ma_xa", "commune_code"),
                ColumnSpec.optional("road", ColumnType.TEXT, "tuyen_duong"),
                ColumnSpec.optional("direction", ColumnType.TEXT, "huong"),
                ColumnSpec.optional("vendor", ColumnType.TEXT, "hang"),
                ColumnSpec.optional("model", ColumnType.TEXT),
                ColumnSpec.optional("device_ids", ColumnType.TEXT, "serial", "ma_thiet_bi"),
                ColumnSpec.optional("stream_url", ColumnType.TEXT, "rtsp"),
                ColumnSpec.optional("snapshot_url", ColumnType.TEXT),
                ColumnSpec.optional("username", ColumnType.TEXT),
                ColumnSpec.optional("password", ColumnType.TEXT),
                ColumnSpec.optional("clock_offset_ms", ColumnType.INTEGER, "lech_dong_ho_ms"),
                ColumnSpec.optional("installed_on", ColumnType.DATE, "ngay_lap_dat"),
                ColumnSpec.optional("status", ColumnType.TEXT, "trang_thai"),
                ColumnSpec.optional("group", ColumnType.TEXT, "nhom"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("code");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String kind = row.text("kind");
        if (kind != null && !KINDS.contains(kind)) {
            problems.accept(RowProblem.of(row.line(), "kind", "cameras.import.problem.kind", kind, String.join(", ", KINDS)));
        }
        String status = row.text("status");
        if (status != null && !STATUSES.contains(status)) {
            problems.accept(RowProblem.of(row.line(), "status", "cameras.import.problem.status", status, String.join(", ", STATUSES)));
        }
        var lat = row.decimal("latitude");
        var lon = row.decimal("longitude");
        if (lat != null && lon != null && !area.contains(lat.doubleValue(), lon.doubleValue())) {
            problems.accept(RowProblem.of(row.line(), "latitude", "cameras.import.problem.outside", lat, lon));
        }
        for (String url : new String[] {row.text("stream_url"), row.text("snapshot_url")}) {
            if (url != null && url.matches("(?i)[a-z]+://[^/@]*:[^/@]*@.*")) {
                problems.accept(RowProblem.of(row.line(), "stream_url", "cameras.import.problem.credentialsInUrl"));
            }
        }
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows) {
            Long offset = r.integer("clock_offset_ms");
            String ids = r.text("device_ids");
            registry.save(new CameraRegistry.Registration(r.text("code"), r.text("name"), r.text("kind"),
                    r.decimal("latitude").doubleValue(), r.decimal("longitude").doubleValue(), r.text("commune"), r.text("road"),
                    r.text("direction"), r.text("vendor"), r.text("model"),
                    ids == null ? List.of() : Arrays.stream(ids.split("[;\\s|]+")).filter(s -> !s.isBlank()).toList(),
                    r.text("stream_url"), r.text("snapshot_url"), r.text("username"), r.text("password"),
                    offset == null ? 0 : offset.intValue(), r.date("installed_on"),
                    r.text("status") == null ? "active" : r.text("status"), r.text("group")), datasetVersionId);
        }
    }

    @Override
    public Map<String, String> exampleRow() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", "CAM-0001");
        m.put("name", "Nút giao Hoàng Văn Thụ");
        m.put("kind", "ai_plate");
        m.put("latitude", "21.2731");
        m.put("longitude", "106.1946");
        m.put("road", "QL1A");
        m.put("direction", "north");
        m.put("vendor", "Hikvision");
        m.put("device_ids", "44:19:b6:00:00:01");
        m.put("clock_offset_ms", "0");
        m.put("status", "active");
        return m;
    }

    @Override
    public Map<String, List<String>> validCodes() {
        return Map.of("kind", List.copyOf(KINDS), "status", List.copyOf(STATUSES));
    }
}
