package vn.tinhso.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/**
 * Loads communes × elements × months of raw values through the engine's write path, then times
 * analytics requests beside the same answer from a plain SQL GROUP BY, in the same run.
 * Not a test: run with {@code bench/run-indicators.sh [elements] [months] [iterations]}.
 */
public final class IndicatorsBenchmark {

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path pack = Files.createTempFile("bench-pack-", ".yaml");
        StringBuilder yaml = new StringBuilder("pack: bench\nelements:\n");
        for (int e = 1; e <= elements; e++) yaml.append("  - code: B").append(e).append("\n    name: B").append(e).append("\n");
        yaml.append("indicators:\n  - code: BENCH_RATIO\n    name: ratio\n    numerator: \"#{B1}\"\n    denominator: \"#{B2}\"\n    factor: 100\n");
        Files.writeString(pack, yaml);

        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--tinhso.indicators.packs=classpath*:packs/*.yaml,file:" + pack,
                "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            Territory territory = context.getBean(Territory.class);
            DataValues values = context.getBean(DataValues.class);
            Analytics analytics = context.getBean(Analytics.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            List<AdminUnit> communes = new ArrayList<>(territory.units(LocalDate.of(2024, 1, 1), "commune", "24"));
            communes.addAll(territory.units(LocalDate.of(2024, 1, 1), "commune", "27"));
            Period first = Period.month(2020, 1);
            long rows = (long) communes.size() * elements * months;
            System.out.printf("Loading %,d values: %d communes × %d elements × %d months (from %s)%n", rows, communes.size(), elements, months, first);

            Random random = new Random(1);
            long start = System.nanoTime();
            int perBatch = Math.max(1, 400_000 / (communes.size() * months));
            for (int e = 1; e <= elements; e += perBatch) {
                List<DataValue> batch = new ArrayList<>();
                for (int k = e; k < e + perBatch && k <= elements; k++)
                    for (int m = 0; m < months; m++) {
                        String period = first.offset(m).code();
                        for (AdminUnit c : communes)
                            batch.add(new DataValue("B" + k, "", c.code(), period, BigDecimal.valueOf(100 + random.nextInt(9_000), 1), ValueStatus.OFFICIAL));
                    }
                values.write(batch, null, Instant.now());
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Import: %,d values in %.1f s = %,.0f values/s%n", rows, loadSeconds, rows / loadSeconds);
            long vacuum = System.nanoTime();
            jdbc.sql("vacuum analyze indicators.data_value").update();
            System.out.printf("vacuum analyze: %.1f s; table size %s%n", (System.nanoTime() - vacuum) / 1e9,
                    jdbc.sql("select pg_size_pretty(pg_total_relation_size('indicators.data_value'))").query(String.class).single());

            List<Period> year = new ArrayList<>();
            for (int m = 1; m <= 12; m++) year.add(Period.month(2024, m));
            Analytics.Request byDistrict = new Analytics.Request(List.of("BENCH_RATIO"), year, "24", "district", Analytics.Boundaries.AS_OF_PERIOD, null, true);
            Analytics.Request allCommunes = new Analytics.Request(List.of("B7"), List.of(Period.month(2024, 6)), "24", "commune", Analytics.Boundaries.AS_OF_PERIOD, null, false);
            // The hand-written answer: communes of the province's districts as they stood in 2024, joined by code.
            String units2024 = """
                    with communes as (
                        select c.code, c.parent_code as district from territory.unit c
                        join territory.unit d on d.code = c.parent_code and d.valid_from <= date '2024-06-30' and (d.valid_to is null or d.valid_to > date '2024-06-30')
                        where c.level = 'commune' and d.parent_code = '24' and c.valid_from <= date '2024-06-30' and (c.valid_to is null or c.valid_to > date '2024-06-30'))
                    """;
            String districtSql = units2024 + """
                    select c.district, v.period, sum(v.value) filter (where v.element = 'B1') / sum(v.value) filter (where v.element = 'B2') * 100
                    from indicators.data_value v join communes c on c.code = v.unit_code
                    where v.element in ('B1', 'B2') and v.known_to is null and v.period_start >= date '2024-01-01' and v.period_end <= date '2024-12-31'
                    group by c.district, v.period""";
            String communeSql = units2024 + """
                    select c.code, sum(v.value) from indicators.data_value v join communes c on c.code = v.unit_code
                    where v.element = 'B7' and v.known_to is null and v.period = '202406'
                    group by c.code""";
            jdbc.sql("analyze territory.unit").update();
            if (System.getenv("BENCH_EXPLAIN") != null)
                for (String sql : List.of(districtSql, communeSql))
                    jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list().forEach(System.out::println);
            System.out.printf("check: engine %d rows vs SQL %d rows (district × month); engine %d vs SQL %d (communes)%n",
                    analytics.query(byDistrict).size(), jdbc.sql(districtSql).query().listOfRows().size(),
                    analytics.query(allCommunes).size(), jdbc.sql(communeSql).query().listOfRows().size());
            report("district × 12 months, indicator B1/B2", iterations, () -> analytics.query(byDistrict).size(),
                    () -> jdbc.sql(districtSql).query().listOfRows().size());
            report("all communes of Bắc Giang, one month", iterations, () -> analytics.query(allCommunes).size(),
                    () -> jdbc.sql(communeSql).query().listOfRows().size());
        }
    }

    private static void report(String name, int iterations, Supplier<Integer> engine, Supplier<Integer> sql) {
        for (int i = 0; i < 20; i++) {
            engine.get();
            sql.get();
        }
        double[] e = new double[iterations];
        double[] s = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            engine.get();
            e[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            sql.get();
            s[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(e);
        Arrays.sort(s);
        System.out.printf("%s: engine p50 %.1f ms p95 %.1f ms | plain SQL GROUP BY p50 %.1f ms p95 %.1f ms (%d runs each)%n",
                name, e[iterations / 2], e[(int) (iterations * 0.95)], s[iterations / 2], s[(int) (iterations * 0.95)], iterations);
    }
}
