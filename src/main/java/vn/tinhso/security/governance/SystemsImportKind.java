package vn.tinhso.security.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportChanges;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/**
 * The registry of information systems as agencies send it (CSV or XLSX): one row per system with its dossier and
 * its assets (host names and address ranges in one cell, separated by semicolons). A row replaces the system of the
 * same name.
 */
@Component
class SystemsImportKind implements ImportKind {

    static final String CODE = "security.systems";

    private final SystemRegistry registry;

    SystemsImportKind(SystemRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "security.systems";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("name", ColumnType.TEXT, "ten_he_thong", "system"),
                ColumnSpec.required("owner_agency", ColumnType.TEXT, "co_quan_chu_quan", "owner"),
                ColumnSpec.optional("operating_unit", ColumnType.TEXT, "don_vi_van_hanh", "operator"),
                ColumnSpec.optional("infosec_unit", ColumnType.TEXT, "don_vi_chuyen_trach", "don_vi_chuyen_trach_attt"),
                ColumnSpec.optional("system_type", ColumnType.TEXT, "loai_he_thong"),
                ColumnSpec.optional("information_classes", ColumnType.TEXT, "loai_thong_tin"),
                ColumnSpec.optional("proposed_level", ColumnType.INTEGER, "cap_do_de_xuat"),
                ColumnSpec.optional("approved_level", ColumnType.INTEGER, "cap_do_phe_duyet"),
                ColumnSpec.optional("justification", ColumnType.TEXT, "thuyet_minh").withMaxLength(4000),
                ColumnSpec.required("dossier_status", ColumnType.TEXT, "trang_thai_ho_so", "status"),
                ColumnSpec.optional("decision_number", ColumnType.TEXT, "so_quyet_dinh"),
                ColumnSpec.optional("decision_date", ColumnType.DATE, "ngay_quyet_dinh"),
                ColumnSpec.optional("decision_authority", ColumnType.TEXT, "co_quan_phe_duyet"),
                ColumnSpec.optional("review_date", ColumnType.DATE, "ngay_ra_soat"),
                ColumnSpec.optional("assets", ColumnType.TEXT, "tai_san", "hosts").withMaxLength(20_000),
                ColumnSpec.optional("monitoring_provider", ColumnType.TEXT, "don_vi_giam_sat"),
                ColumnSpec.optional("national_monitoring", ColumnType.BOOLEAN, "ket_noi_trung_tam_giam_sat_quoc_gia"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("name");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        int line = row.line();
        for (String column : List.of("proposed_level", "approved_level")) {
            Long level = row.integer(column);
            if (level != null && (level < 1 || level > 5)) problems.accept(RowProblem.of(line, column, "security.import.problem.level", level));
        }
        String status = status(row);
        if (status != null && !InformationSystem.STATUSES.contains(status))
            problems.accept(RowProblem.of(line, "dossier_status", "security.import.problem.status", row.text("dossier_status"),
                    String.join(", ", InformationSystem.STATUSES)));
        if (row.integer("proposed_level") == null && row.integer("approved_level") == null)
            problems.accept(RowProblem.of(line, "proposed_level", "security.import.problem.noLevel"));
        if ("approved".equals(status)) {
            if (row.integer("approved_level") == null)
                problems.accept(RowProblem.of(line, "approved_level", "security.import.problem.approvedWithoutLevel"));
            if (row.text("decision_date") == null)
                problems.accept(RowProblem.of(line, "decision_date", "security.import.problem.approvedWithoutDecision"));
        }
        LocalDate decided = row.date("decision_date");
        if (decided != null && decided.isAfter(LocalDate.now().plusDays(1)))
            problems.accept(RowProblem.of(line, "decision_date", "security.import.problem.futureDecision", decided));
        LocalDate review = row.date("review_date");
        if (decided != null && review != null && review.isBefore(decided))
            problems.accept(RowProblem.of(line, "review_date", "security.import.problem.reviewBeforeDecision", review, decided));
        for (String c : classes(row)) {
            if (!InformationSystem.INFORMATION_CLASSES.contains(c))
                problems.accept(RowProblem.of(line, "information_classes", "security.import.problem.informationClass", c,
                        String.join(", ", InformationSystem.INFORMATION_CLASSES)));
        }
        List<String> bad = new ArrayList<>();
        Asset.parseAll(row.text("assets"), bad);
        for (String b : bad) problems.accept(RowProblem.of(line, "assets", "security.import.problem.asset", b));
    }

    private static String status(ImportRow row) {
        String s = row.text("dossier_status");
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static List<String> classes(ImportRow row) {
        String cell = row.text("information_classes");
        if (cell == null) return List.of();
        return Arrays.stream(cell.split("[;,]")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT).replace(' ', '_')).distinct().toList();
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        writeCounting(rows, datasetVersionId, java.util.Set.of());
    }

    @Override
    public ImportChanges writeCounting(List<ImportRow> rows, long datasetVersionId, java.util.Set<String> options) {
        long added = 0, changed = 0, unchanged = 0;
        for (ImportRow r : rows) {
            switch (registry.save(system(r), datasetVersionId)) {
                case ADDED -> added++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportChanges(added, changed, unchanged, List.of());
    }

    static InformationSystem system(ImportRow r) {
        Long proposed = r.integer("proposed_level"), approved = r.integer("approved_level");
        Boolean national = r.bool("national_monitoring");
        return new InformationSystem(0, r.text("name"), r.text("owner_agency"), r.text("operating_unit"), r.text("infosec_unit"),
                r.text("system_type"), classes(r), proposed == null ? null : proposed.intValue(),
                approved == null ? null : approved.intValue(), r.text("justification"), status(r), r.text("decision_number"),
                r.date("decision_date"), r.text("decision_authority"), r.date("review_date"), r.text("monitoring_provider"),
                Boolean.TRUE.equals(national), Asset.parseAll(r.text("assets"), new ArrayList<>()));
    }

    @Override
    public Map<String, String> exampleRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", "Cổng dịch vụ công của tỉnh");
        row.put("owner_agency", "UBND tỉnh");
        row.put("operating_unit", "Trung tâm Công nghệ thông tin và Truyền thông");
        row.put("infosec_unit", "Sở Khoa học và Công nghệ");
        row.put("system_type", "cổng thông tin");
        row.put("information_classes", "public;personal");
        row.put("proposed_level", "3");
        row.put("approved_level", "3");
        row.put("justification", "Xử lý thông tin cá nhân của người dân; phục vụ người dân và doanh nghiệp");
        row.put("dossier_status", "approved");
        row.put("decision_number", "123/QĐ-UBND");
        row.put("decision_date", "2024-03-15");
        row.put("decision_authority", "UBND tỉnh");
        row.put("review_date", "2026-03-15");
        row.put("assets", "dichvucong.example.gov.vn;10.10.1.0/24");
        row.put("monitoring_provider", "SOC tỉnh");
        row.put("national_monitoring", "yes");
        return row;
    }

    @Override
    public Map<String, List<String>> validCodes() {
        return Map.of("dossier_status", InformationSystem.STATUSES, "information_classes", InformationSystem.INFORMATION_CLASSES,
                "proposed_level", List.of("1", "2", "3", "4", "5"));
    }
}
