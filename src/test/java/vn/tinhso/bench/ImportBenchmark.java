package vn.tinhso.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;
import vn.tinhso.indicators.Period;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/**
 * Writes a CSV of communes × elements × months of data values, times a bare PostgreSQL COPY of it into an unindexed
 * table (the physical limit), then imports the same file through the catalog's import job (streaming read, checks,
 * batched writes with roll-ups, one transaction) and reports values per second and the peak heap.
 * Not a test: run with {@code bench/run-import.sh [elements] [months]} (the script sets -Xmx512m).
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Path pack = Files.createTempFile("bench-pack-", ".yaml");
        StringBuilder yaml = new StringBuilder("pack: bench\nelements:\n");
        for (int e = 1; e <= elements; e++) yaml.append("  - code: B").append(e).append("\n    name: B").append(e).append("\n");
        Files.writeString(pack, yaml);

        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--tinhso.indicators.packs=classpath*:packs/*.yaml,file:" + pack,
                "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--logging.level.vn.tinhso.indicators.internal.ValueStore=" + System.getProperty("bench.steps", "WARN"),
                "--logging.level.vn.tinhso.indicators.internal.Rollups=" + System.getProperty("bench.steps", "WARN"))) {
            Territory territory = context.getBean(Territory.class);
            Imports imports = context.getBean(Imports.class);
            DataSource dataSource = context.getBean(DataSource.class);

            List<AdminUnit> communes = new ArrayList<>(territory.units(LocalDate.of(2024, 1, 1), "commune", "24"));
            communes.addAll(territory.units(LocalDate.of(2024, 1, 1), "commune", "27"));
            Period first = Period.month(2020, 1);
            long values = (long) communes.size() * elements * months;
            Path csv = Files.createTempFile("bench-values-", ".csv");
            Random random = new Random(1);
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write("element,unit,period,value\n");
                for (int e = 1; e <= elements; e++)
                    for (int m = 0; m < months; m++) {
                        String period = first.offset(m).code();
                        for (AdminUnit c : communes)
                            out.write("B" + e + "," + c.code() + "," + period + "," + (100 + random.nextInt(9_000)) / 10.0 + "\n");
                    }
            }
            long size = Files.size(csv);
            System.out.printf("File: %,d values, %,d bytes (%d communes × %d elements × %d months)%n", values, size,
                    communes.size(), elements, months);

            long copyStart = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); Reader reader = Files.newBufferedReader(csv)) {
                connection.createStatement().execute("create table bench_copy (element text, unit text, period text, value numeric)");
                long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_copy from stdin (format csv, header true)", reader);
                double seconds = (System.nanoTime() - copyStart) / 1e9;
                System.out.printf("Bare COPY into an unindexed table: %,d rows in %.1f s = %,.0f values/s%n", copied, seconds, copied / seconds);
                connection.createStatement().execute("drop table bench_copy");
            }

            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ImportJob job = imports.runNow(ImportRequest.ofFile("bench.csv", Files.copy(csv, csv.resolveSibling(csv.getFileName() + ".upload")),
                    "indicators.data-values", "bench", "bench", "bench", false));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("Import job: %s, %,d rows accepted in %.1f s = %,.0f values/s; peak heap %,d MB of max %,d MB%n",
                    job.status(), job.rowsAccepted(), seconds, job.rowsAccepted() / seconds, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            if (job.status() != vn.tinhso.catalog.ImportStatus.ACCEPTED) System.out.println(job.message() + "\n" + job.problems());
            Files.deleteIfExists(csv);
        }
    }
}
