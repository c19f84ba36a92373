package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;

/**
 * The province's information systems as the Department of Science and Technology collects them from agencies: one CSV
 * row per system with its security-level dossier (all approved, as the article reports) and its assets, imported
 * through the {@code security.systems} kind, first as submitted, then as approved. The compliance page computes its 100 % from these rows.
 */
@Component
class InformationSystemsDemo implements DemoDataContributor {

    static final String KIND = "security.systems";
    static final String HEADER = "name,owner_agency,operating_unit,infosec_unit,system_type,information_classes,proposed_level,"
            + "approved_level,justification,dossier_status,decision_number,decision_date,decision_authority,review_date,assets,"
            + "monitoring_provider,national_monitoring\n";
    static final String INFOSEC_UNIT = "Sở Khoa học và Công nghệ";
    static final String IT_CENTRE = "Trung tâm Công nghệ thông tin và Truyền thông";
    static final String PROVINCE = "UBND tỉnh";

    /** The systems every department runs, with the level their dossiers usually carry. */
    record Template(String name, String slug, String type, String classes, int level, String justification) {
    }

    static final List<Template> EVERY_DEPARTMENT = List.of(
            new Template("Trang thông tin điện tử", "web", "trang thông tin", "public", 2, "Cung cấp thông tin công khai; gián đoạn ảnh hưởng đến hoạt động của cơ quan"),
            new Template("Hệ thống quản lý văn bản và điều hành", "qlvb", "nghiệp vụ", "private", 3, "Xử lý văn bản nội bộ của cơ quan nhà nước; kết nối trục liên thông văn bản"),
            new Template("Cơ sở dữ liệu chuyên ngành", "csdl", "cơ sở dữ liệu", "private;personal", 3, "Xử lý thông tin cá nhân và dữ liệu chuyên ngành của tỉnh"));

    static final List<String> DEPARTMENTS = List.of("Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo",
            "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch",
            "Thanh tra tỉnh");

    static final List<Template> PROVINCE_WIDE = List.of(
            new Template("Cổng dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính", "dvc", "dịch vụ công", "public;personal", 3,
                    "Phục vụ người dân và doanh nghiệp; xử lý thông tin cá nhân"),
            new Template("Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)", "lgsp", "nền tảng", "private;personal", 4,
                    "Kết nối các hệ thống của tỉnh với các bộ, ngành; gián đoạn ảnh hưởng đến nhiều cơ quan"),
            new Template("Trung tâm dữ liệu tỉnh", "dc", "trung tâm dữ liệu", "private;personal", 4,
                    "Hạ tầng dùng chung của các hệ thống cấp tỉnh"),
            new Template("Hệ thống thư điện tử công vụ", "mail", "thư điện tử", "private", 3, "Trao đổi thông tin công vụ của cán bộ"),
            new Template("Cổng thông tin điện tử tỉnh", "portal", "cổng thông tin", "public", 3, "Cổng thông tin chính thức của tỉnh"),
            new Template("Trung tâm điều hành thông minh (IOC)", "ioc", "điều hành", "private;personal", 3, "Tổng hợp dữ liệu điều hành của tỉnh"),
            new Template("Hệ thống hội nghị truyền hình trực tuyến", "vc", "hội nghị", "private", 2, "Hội nghị giữa tỉnh, huyện, xã"));

    private final Imports imports;

    InformationSystemsDemo(Imports imports) {
        this.imports = imports;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public String name() {
        return "information systems";
    }

    @Override
    public void contribute(DemoContext context) {
        // The dossiers were first submitted, then approved: two files, so each system's history shows both steps.
        importFile("he-thong-thong-tin-trinh.csv", registry(context, false), context);
        importFile("he-thong-thong-tin.csv", registry(context, true), context);
    }

    private String registry(DemoContext context, boolean approved) {
        Random random = context.random("information-systems");
        StringBuilder csv = new StringBuilder(HEADER);
        int subnet = 10;
        int decision = 100 + random.nextInt(50);
        for (Template t : PROVINCE_WIDE) {
            String assets = t.slug() + ".tinhso.test;10.24." + (subnet++) + ".0/24" + (t.slug().equals("dc") ? ";bastion" : "");
            csv.append(row(random, context.asOf(), t.name(), PROVINCE, t, assets, decision++, approved));
        }
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            String agency = DEPARTMENTS.get(d);
            for (Template t : EVERY_DEPARTMENT) {
                // Small departments share the province's document system instead of running their own database.
                if (t.slug().equals("csdl") && random.nextInt(4) == 0) continue;
                String assets = t.slug() + ".so" + (d + 1) + ".tinhso.test;10.24." + (subnet++) + ".0/26";
                csv.append(row(random, context.asOf(), t.name() + " - " + agency, agency, t, assets, decision++, approved));
            }
        }
        return csv.toString();
    }

    private void importFile(String name, String csv, DemoContext context) {
        ImportJob job = imports.runNow(new ImportRequest(name, csv.getBytes(StandardCharsets.UTF_8), KIND, null,
                context.source(), context.username(), false));
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE)
            throw new IllegalStateException("the demo file of information systems was not accepted: " + job.message() + " " + job.problems());
    }

    private static String row(Random random, LocalDate asOf, String name, String agency, Template t, String assets, int number,
                              boolean approved) {
        LocalDate decided = asOf.minusDays(60 + random.nextInt(3 * 365));
        LocalDate review = decided.plusYears(3 + random.nextInt(3));
        if (!approved) {
            return String.join(",", quoted(name), quoted(agency), quoted(agency.equals(PROVINCE) ? IT_CENTRE : agency), quoted(INFOSEC_UNIT),
                    quoted(t.type()), t.classes(), String.valueOf(t.level()), "", quoted(t.justification()), "submitted", "", "", "", "",
                    assets, "SOC tỉnh", t.level() >= 3 ? "yes" : "no") + "\n";
        }
        String authority = t.level() >= 3 ? (agency.equals(PROVINCE) ? PROVINCE : agency) : INFOSEC_UNIT;
        return String.join(",", quoted(name), quoted(agency), quoted(agency.equals(PROVINCE) ? IT_CENTRE : agency), quoted(INFOSEC_UNIT),
                quoted(t.type()), t.classes(), String.valueOf(t.level()), String.valueOf(t.level()), quoted(t.justification()), "approved",
                number + "/QĐ", decided.toString(), quoted(authority), review.toString(),
                assets, "SOC tỉnh", t.level() >= 3 ? "yes" : "no") + "\n";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
