package vn.tinhso.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.cameras.RecognitionIntake;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

/**
 * Recognition events through the receiver's path (parse → plate normalisation → durable store → watchlist of 200,000
 * plates → section join), generic JSON in payloads of 100 reads as an integrator's gateway would send them, beside a
 * bare PostgreSQL COPY of the same reads (the storage limit). Then 1,000 events/s paced, one per payload, with 1 % on
 * the watchlist, for the hit latency (receive to alert committed). Reports events/s, latency percentiles and heap.
 * Not a test: run with {@code bench/run-cameras.sh [events]}.
 */
public final class CamerasBenchmark {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--tinhso.cameras.image-dir=target/bench-cameras")) {
            DataSource ds = context.getBean(DataSource.class);
            RecognitionIntake intake = context.getBean(RecognitionIntake.class);
            Imports imports = context.getBean(Imports.class);
            Random random = new Random(5);

            StringBuilder cameras = new StringBuilder("code,name,kind,latitude,longitude,road\n");
            for (int i = 1; i <= 22; i++) cameras.append("B-").append(i).append(",Bench ").append(i).append(",ai_plate,21.27,106.19,QL1A\n");
            run(imports, "cameras.registry", cameras.toString());
            run(imports, "cameras.sections", "code,name,entry_camera,exit_camera,distance_m,limit_kmh\nB-SEC,Bench,B-1,B-2,10000,80\n");
            List<String> listed = new ArrayList<>();
            StringBuilder watch = new StringBuilder("list,list_kind,source,plate,valid_from\n");
            for (int i = 0; i < 200_000; i++) {
                String p = plate(random);
                listed.add(p);
                watch.append("BENCH,unpaid_fines,bench,").append(p).append(",2020-01-01\n");
            }
            long w0 = System.nanoTime();
            run(imports, "cameras.watchlist", watch.toString());
            System.out.printf(Locale.ROOT, "watchlist of 200,000 plates imported in %.1f s%n", (System.nanoTime() - w0) / 1e9);

            java.util.Set<String> listedSet = new java.util.HashSet<>(listed);
            List<String[]> reads = new ArrayList<>();
            Instant t = Instant.parse("2026-11-01T00:00:00Z");
            for (int i = 0; i < events; i++) {
                String plate = random.nextInt(1000) < 5 ? listed.get(random.nextInt(listed.size())) : unlisted(random, listedSet);
                reads.add(new String[] {"B-" + (1 + random.nextInt(22)), t.plusMillis(i * 20L).toString(), plate, "b" + i});
            }
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("create table bench_reads (camera text, at timestamptz, plate text, pass text)");
                StringBuilder csv = new StringBuilder();
                for (String[] r : reads) csv.append(String.join(",", r)).append('\n');
                long t0 = System.nanoTime();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_reads from stdin (format csv)", new StringReader(csv.toString()));
                report("bare PostgreSQL COPY of the reads", events, t0);
            }

            System.gc();
            long t0 = System.nanoTime();
            int hits = 0;
            for (int i = 0; i < reads.size(); i += 100) {
                byte[] body = generic(reads.subList(i, Math.min(reads.size(), i + 100)));
                hits += intake.receive(null, "application/json", "auto", body).hits();
            }
            double rate = report("receive → parse → plates → store → watchlist → sections, payloads of 100", events, t0);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "  %d hits; heap used %d MB of %d MB max%n", hits, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);

            int paced = 5_000;
            long[] latency = new long[paced / 100];
            int k = 0;
            long start = System.nanoTime();
            for (int i = 0; i < paced; i++) {
                long due = start + i * 1_000_000L;
                while (System.nanoTime() < due) Thread.onSpinWait();
                boolean hit = i % 100 == 0;
                String plate = hit ? listed.get(random.nextInt(listed.size())) : unlisted(random, listedSet);
                byte[] body = generic(List.<String[]>of(new String[] {"B-3", Instant.now().toString(), plate, "p" + i}));
                long s = System.nanoTime();
                int h = intake.receive(null, "application/json", "auto", body).hits();
                if (hit && h > 0) latency[k++] = System.nanoTime() - s;
            }
            long[] got = Arrays.copyOf(latency, k);
            Arrays.sort(got);
            System.out.printf(Locale.ROOT, "paced 1,000 events/s, one per payload: %d hits, hit alert latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    k, got[k / 2] / 1e6, got[Math.min(k - 1, (int) Math.ceil(k * 0.99) - 1)] / 1e6, got[k - 1] / 1e6);
            System.out.printf(Locale.ROOT, "ratio intake / COPY: %.3f (%.0f events/s)%n", rate / copyRate, rate);
        }
    }

    private static double copyRate;

    private static void run(Imports imports, String kind, String csv) {
        var job = imports.runNow(new ImportRequest(kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), kind, null, "bench", "bench", false));
        if (!job.status().name().equals("ACCEPTED")) throw new IllegalStateException(kind + ": " + job.message() + " " + job.problems());
    }

    private static byte[] generic(List<String[]> reads) {
        StringBuilder json = new StringBuilder("[");
        for (String[] r : reads) {
            if (json.length() > 1) json.append(',');
            json.append("{\"camera\":\"").append(r[0]).append("\",\"time\":\"").append(r[1]).append("\",\"plate\":\"").append(r[2])
                    .append("\",\"vehicle\":\"car\",\"pass\":\"").append(r[3]).append("\"}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A plate not on the list: 0.5 % of reads are listed on purpose, none by chance. */
    private static String unlisted(Random random, java.util.Set<String> listed) {
        String p;
        do {
            p = plate(random);
        } while (listed.contains(p));
        return p;
    }

    private static String plate(Random random) {
        String letters = "ABCDEFGHKLMNPSTUVXYZ";
        return (10 + random.nextInt(89) < 50 ? "98" : "99") + letters.charAt(random.nextInt(letters.length()))
                + (random.nextBoolean() ? String.valueOf(1 + random.nextInt(9)) : "") + "-"
                + String.format(Locale.ROOT, "%05d", 1 + random.nextInt(99_999)).replaceFirst("(\\d{3})(\\d{2})", "$1.$2");
    }

    private static double report(String what, int events, long t0) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = events / seconds;
        if (what.startsWith("bare")) copyRate = rate;
        System.out.printf(Locale.ROOT, "%-75s %,d events in %.2f s: %,.0f events/s%n", what, events, seconds, rate);
        return rate;
    }
}
