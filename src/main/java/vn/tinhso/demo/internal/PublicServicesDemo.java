package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/**
 * The public-service portal's monthly statistics from January 2023 to the demo date, in the shape the data hub's
 * connector brings them (import kind {@code hub.public-services}): the provincial departments and the provincial police
 * at the province, each commune's people's committee at its commune. Online filing grows month by month, faster in the
 * departments than in the communes; nearly all dossiers are processed on time.
 */
@Component
class PublicServicesDemo implements DemoDataContributor {

    /** Provincial agencies with a typical monthly load of dossiers. */
    private static final List<String> DEPARTMENTS = List.of("so_noi_vu", "so_tai_chinh", "so_tu_phap", "so_xay_dung", "so_cong_thuong",
            "so_nong_nghiep_moi_truong", "so_khoa_hoc_cong_nghe", "so_giao_duc_dao_tao", "so_y_te", "so_van_hoa_the_thao_du_lich",
            "cong_an_tinh");
    private static final int[] DEPARTMENT_LOAD = {260, 900, 1400, 520, 380, 1100, 240, 300, 450, 160, 3200};
    private static final YearMonth FIRST = YearMonth.of(2023, 1);

    private final Territory territory;
    private final Imports imports;

    PublicServicesDemo(Territory territory, Imports imports) {
        this.territory = territory;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 520;
    }

    @Override
    public String name() {
        return "public-service statistics";
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.random("public-services");
        YearMonth last = YearMonth.from(context.asOf()).minusMonths(1);
        StringBuilder csv = new StringBuilder("agency,unit,month,received,received_online,processed,processed_on_time\n");
        int months = (int) (FIRST.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        for (int m = 0; m < months; m++) {
            YearMonth month = FIRST.plusMonths(m);
            double progress = months == 1 ? 1 : m / (double) (months - 1);
            for (int d = 0; d < DEPARTMENTS.size(); d++)
                row(csv, DEPARTMENTS.get(d), context.provinceCode(), month, DEPARTMENT_LOAD[d], 0.55 + 0.3 * progress, 0.97, random);
            // The communes of that month's map: a commune merged later reports under its old code until then.
            for (AdminUnit commune : territory.units(month.atEndOfMonth(), "commune", context.provinceCode()))
                row(csv, "ubnd_xa", commune.code(), month, 60 + random.nextInt(180), 0.30 + 0.35 * progress, 0.95, random);
        }
        ImportJob job = imports.runNow(new ImportRequest("demo-public-service-statistics.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "hub.public-services", null, context.source(), context.username(), false));
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE)
            throw new IllegalStateException("the demo public-service statistics were not accepted: " + job.message() + " " + job.problems());
    }

    private static void row(StringBuilder csv, String agency, String unit, YearMonth month, int load, double online, double onTime, Random random) {
        int received = (int) Math.round(load * (0.8 + 0.4 * random.nextDouble()));
        int receivedOnline = (int) Math.round(received * Math.min(1, online + 0.08 * (random.nextDouble() - 0.5)));
        int processed = (int) Math.round(received * (0.85 + 0.12 * random.nextDouble()));
        int processedOnTime = (int) Math.round(processed * Math.min(1, onTime + 0.04 * random.nextDouble()));
        csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%d%n", agency, unit, month, received, receivedOnline, processed, processedOnTime));
    }
}
