package vn.tinhso.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.infrastructure.internal.Coverage;
import vn.tinhso.infrastructure.internal.CoverageModel;
import vn.tinhso.infrastructure.internal.CoverageService;
import vn.tinhso.territory.Territory;

/**
 * Coverage at country scale in the JVM beside PostGIS on the same generated data, then the province recompute with
 * the demo. Not a test: run with {@code bench/run-infrastructure.sh}, which starts the PostGIS peer and passes its URL.
 * Arguments: JDBC URL of the peer (or "none"), points, cells, "province" to also time the demo province.
 */
public final class InfrastructureBenchmark {

    private static final int WARM_UP = 2, RUNS = 3;

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "none";
        int pointCount = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int cellCount = args.length > 2 ? Integer.parseInt(args[2]) : 150_000;
        boolean province = args.length <= 3 || args[3].equals("province");

        long t0 = System.nanoTime();
        CountryScaleData data = new CountryScaleData(pointCount, cellCount, 42);
        List<CoverageModel.Place> places = data.places();
        List<CoverageModel.Cell> cells = data.modelCells();
        long sectors = data.cells.stream().filter(c -> c.azimuth() != null).count();
        System.out.printf("Generated %,d points and %,d cells (%,d sectors, %,d circles) in %.1f s%n", pointCount, cellCount,
                sectors, cellCount - sectors, (System.nanoTime() - t0) / 1e9);

        long[] jvm = null;
        double[] jvmSeconds = new double[RUNS];
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            CoverageModel.Result result = CoverageModel.compute(cells, places);
            double s = (System.nanoTime() - start) / 1e9;
            jvm = CountryScaleData.byBestTier(result);
            if (run >= WARM_UP) jvmSeconds[run - WARM_UP] = s;
            System.out.printf("JVM run %d: %.2f s%s%n", run + 1, s, run < WARM_UP ? " (warm-up)" : "");
        }
        Arrays.sort(jvmSeconds);
        double jvmMedian = jvmSeconds[RUNS / 2];
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("JVM: median %.2f s of %d runs; places by best tier none/2G/3G/4G/5G = %s; heap max %d MB, "
                        + "live after GC %d MB, peak of pools %d MB%n", jvmMedian, RUNS, Arrays.toString(jvm),
                Runtime.getRuntime().maxMemory() >> 20, heapUsed >> 20, heapPeak >> 20);

        if (!url.equals("none")) {
            try (Connection pg = DriverManager.getConnection(url)) {
                peer(pg, data, jvm, jvmMedian);
            }
        }
        if (province) province();
        System.exit(0);
    }

    private static void peer(Connection pg, CountryScaleData data, long[] jvm, double jvmMedian) throws Exception {
        try (Statement st = pg.createStatement()) {
            st.execute("create extension if not exists postgis");
            st.execute("drop table if exists bench_point, bench_cell, bench_point_raw, bench_cell_raw");
            st.execute("create unlogged table bench_point_raw (id int, lon float8, lat float8)");
            st.execute("create unlogged table bench_cell_raw (id int, tier int, lon float8, lat float8, range_m float8, azimuth float8)");
            st.execute("""
                    create or replace function bench_bearing(lon1 float8, lat1 float8, lon2 float8, lat2 float8) returns float8
                    language sql immutable parallel safe as $$
                      select degrees(atan2(sin(radians(lon2 - lon1)) * cos(radians(lat2)),
                        cos(radians(lat1)) * sin(radians(lat2)) - sin(radians(lat1)) * cos(radians(lat2)) * cos(radians(lon2 - lon1))))
                    $$""");
            long start = System.nanoTime();
            var copy = pg.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (CountryScaleData.Point p : data.points) {
                rows.append(p.id()).append('\t').append(p.longitude()).append('\t').append(p.latitude()).append('\n');
                if (rows.length() > 4_000_000) {
                    copy.copyIn("copy bench_point_raw from stdin", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            copy.copyIn("copy bench_point_raw from stdin", new StringReader(rows.toString()));
            rows.setLength(0);
            for (CountryScaleData.Cell c : data.cells)
                rows.append(c.id()).append('\t').append(c.tier()).append('\t').append(c.longitude()).append('\t').append(c.latitude())
                        .append('\t').append(c.rangeM()).append('\t').append(c.azimuth() == null ? "\\N" : c.azimuth().toString()).append('\n');
            copy.copyIn("copy bench_cell_raw from stdin", new StringReader(rows.toString()));
            double copySeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            st.execute("""
                    create table bench_point as select id, lon, lat, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography g,
                      ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 32648) utm from bench_point_raw""");
            st.execute("""
                    create table bench_cell as select id, tier, lon, lat, range_m, azimuth, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography g,
                      ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 32648) utm from bench_cell_raw""");
            st.execute("create index on bench_point using gist (g)");
            st.execute("create index on bench_cell using gist (g)");
            st.execute("create index on bench_point using gist (utm)");
            st.execute("create index on bench_cell using gist (utm)");
            st.execute("vacuum analyze bench_point");
            st.execute("vacuum analyze bench_cell");
            System.out.printf("PostGIS: loaded by COPY in %.1f s, geometries and GiST indexes in %.1f s; tables with indexes %s%n",
                    copySeconds, (System.nanoTime() - start) / 1e9,
                    one(st, "select pg_size_pretty(pg_total_relation_size('bench_point') + pg_total_relation_size('bench_cell'))"));
            System.out.println("PostgreSQL " + one(st, "show server_version") + ", PostGIS " + one(st, "select postgis_lib_version()")
                    + "; shared_buffers " + one(st, "show shared_buffers") + ", work_mem " + one(st, "show work_mem")
                    + ", max_parallel_workers_per_gather " + one(st, "show max_parallel_workers_per_gather"));

            String geography = """
                    select best, count(*) from (
                      select p.id, max(c.tier) best from bench_cell c join bench_point p on ST_DWithin(p.g, c.g, c.range_m, false)
                      where c.azimuth is null or (p.lon = c.lon and p.lat = c.lat)
                         or cos(radians(bench_bearing(c.lon, c.lat, p.lon, p.lat) - c.azimuth)) >= cos(radians(60))
                      group by p.id) s group by best order by best""";
            String projected = """
                    select best, count(*) from (
                      select p.id, max(c.tier) best from bench_cell c join bench_point p on ST_DWithin(p.utm, c.utm, c.range_m)
                      where c.azimuth is null or ST_Equals(p.utm, c.utm)
                         or cos(ST_Azimuth(c.utm, p.utm) - radians(c.azimuth)) >= cos(radians(60))
                      group by p.id) s group by best order by best""";
            System.out.println("Plan (geography):");
            try (ResultSet rs = st.executeQuery("explain " + geography)) {
                while (rs.next()) System.out.println("  " + rs.getString(1));
            }
            String pid = one(st, "select pg_backend_pid()");
            double geoSeconds = time(st, geography, "geography, sphere", jvm);
            double utmSeconds = time(st, projected, "projected UTM 48N (EPSG:32648)", jvm);
            System.out.printf("Ratio PostGIS / JVM: geography %.1f×, projected %.1f×%n", geoSeconds / jvmMedian, utmSeconds / jvmMedian);
            Path status = Path.of("/proc", pid, "status");
            if (Files.exists(status))
                Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
                        .forEach(l -> System.out.println("PostgreSQL backend " + l.replaceAll("\\s+", " ")));
            st.execute("drop table bench_point, bench_cell, bench_point_raw, bench_cell_raw");
        }
    }

    private static double time(Statement st, String sql, String label, long[] jvm) throws Exception {
        double[] seconds = new double[RUNS];
        long[] counts = new long[5];
        for (int run = 0; run < 1 + RUNS; run++) {
            Arrays.fill(counts, 0);
            long start = System.nanoTime();
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) counts[rs.getInt(1)] = rs.getLong(2);
            }
            double s = (System.nanoTime() - start) / 1e9;
            if (run > 0) seconds[run - 1] = s;
            System.out.printf("PostGIS %s run %d: %.2f s%s%n", label, run + 1, s, run == 0 ? " (warm-up)" : "");
        }
        Arrays.sort(seconds);
        long reached = Arrays.stream(counts).sum();
        counts[0] = jvm == null ? 0 : Arrays.stream(jvm).sum() - reached;
        boolean agree = Arrays.equals(counts, jvm);
        long differing = 0;
        for (int t = 0; t < 5; t++) differing += Math.abs(counts[t] - jvm[t]);
        System.out.printf("PostGIS %s: median %.2f s; places by best tier %s — %s%n", label, seconds[RUNS / 2], Arrays.toString(counts),
                agree ? "the same counts as the JVM" : "DIFFERENT from the JVM by " + differing + " in total");
        return seconds[RUNS / 2];
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The demo province: the whole coverage recomputed from the registry and the villages, as the pages and the recompute do. */
    private static void province() {
        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            @SuppressWarnings("unchecked")
            List<DemoDataContributor> contributors = context.getBeanProvider(DemoDataContributor.class).orderedStream().toList();
            Territory territory = context.getBean(Territory.class);
            if (territory.villages("24", DemoContext.ARTICLE_DATE).stream().noneMatch(v -> v.code().length() == 8))
                DemoParts.contribute(contributors, "villages");
            DemoParts.contribute(contributors, "infrastructure");
            CoverageService coverage = context.getBean(CoverageService.class);
            double[] seconds = new double[5];
            Coverage last = null;
            for (int run = 0; run < 3 + seconds.length; run++) {
                long start = System.nanoTime();
                last = coverage.coverage(CoverageService.today());
                if (run >= 3) seconds[run - 3] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            System.out.printf("Province (demo): %,d villages, %,d cells, population %,d, 4G %.1f %%; coverage recompute median %.3f s, max %.3f s%n",
                    last.villages(), last.cells(), last.population(), last.populationShare(2), seconds[2], seconds[4]);
            long start = System.nanoTime();
            int written = coverage.publish();
            System.out.printf("Province (demo): publish of every year's figures as indicator values %.2f s (%d values new or changed)%n",
                    (System.nanoTime() - start) / 1e9, written);
        }
    }
}
