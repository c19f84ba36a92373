package vn.tinhso.security.endpoints;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.security.governance.Asset;
import vn.tinhso.security.governance.Cidr;

/**
 * An agency's anti-malware inventory, whatever the vendor's console exports: one row per host with its agent,
 * signature date and last contact. Events keep the newest dates when they are later than the file's.
 */
@Component
class EndpointsImportKind implements ImportKind {

    static final String CODE = "security.endpoints";

    private final EndpointInventory inventory;

    EndpointsImportKind(EndpointInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "security.endpoints";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("host", ColumnType.TEXT, "ten_may", "hostname", "computer"),
                ColumnSpec.optional("agency", ColumnType.TEXT, "co_quan", "don_vi"),
                ColumnSpec.optional("vendor", ColumnType.TEXT, "hang", "product"),
                ColumnSpec.optional("agent_version", ColumnType.TEXT, "phien_ban"),
                ColumnSpec.optional("signature_version", ColumnType.TEXT, "phien_ban_mau"),
                ColumnSpec.optional("signatures_updated", ColumnType.DATE, "ngay_cap_nhat_mau"),
                ColumnSpec.optional("last_seen", ColumnType.DATE, "lan_cuoi_ket_noi"),
                ColumnSpec.optional("detections_30d", ColumnType.INTEGER, "so_phat_hien_30_ngay"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("host");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String host = row.text("host");
        boolean valid = host != null && (Cidr.address(host).isPresent() || Asset.parse(host).filter(a -> a.kind().equals(Asset.HOST)).isPresent());
        if (host != null && !valid)
            problems.accept(RowProblem.of(row.line(), "host", "security.endpoints.problem.host", host));
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        for (String column : List.of("signatures_updated", "last_seen")) {
            LocalDate d = row.date(column);
            if (d != null && d.isAfter(tomorrow)) problems.accept(RowProblem.of(row.line(), column, "security.endpoints.problem.future", d));
        }
        Long detections = row.integer("detections_30d");
        if (detections != null && detections < 0)
            problems.accept(RowProblem.of(row.line(), "detections_30d", "security.endpoints.problem.negative", detections));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows) {
            LocalDate seen = r.date("last_seen");
            Long detections = r.integer("detections_30d");
            inventory.report(new EndpointInventory.Reported(r.text("host"), r.text("agency"), r.text("vendor"), r.text("agent_version"),
                    r.text("signature_version"), r.date("signatures_updated"),
                    seen == null ? null : seen.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    detections == null ? null : detections.intValue()), datasetVersionId);
        }
    }

    @Override
    public Map<String, String> exampleRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("host", "pc-ketoan-01.sotc.example.vn");
        row.put("agency", "Sở Tài chính");
        row.put("vendor", "BKAV");
        row.put("agent_version", "2025.1");
        row.put("signature_version", "20251120");
        row.put("signatures_updated", "2025-11-20");
        row.put("last_seen", "2025-11-21");
        row.put("detections_30d", "0");
        return row;
    }
}
