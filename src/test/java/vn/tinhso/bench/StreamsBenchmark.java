package vn.tinhso.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * Generates auth.log, access-log and CEF lines, times a bare COPY of the raw lines into an unindexed table (the storage
 * limit), then the intake (parse → normalise → COPY into the event log, in batches of 5,000, one transaction each) with
 * the detector (546 bundled Sigma rules and the correlation pack) woken by each commit, as it runs live; then the same lines over TCP to
 * our syslog receiver (stored and detected) and to syslog-ng when the script runs it, and paced brute-force bursts
 * timed from send to alert row. Reports events/s, p95 alert latency, heap and resident memory.
 * Not a test: run with {@code bench/run-streams.sh [events]}.
 */
public final class StreamsBenchmark {

    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 200_000;
        // --syslog-ng=PORT:OUTPUT_FILE:PID, given by bench/run-streams.sh when syslog-ng runs beside us.
        String[] syslogNg = java.util.Arrays.stream(args).filter(a -> a.startsWith("--syslog-ng=")).findFirst()
                .map(a -> a.substring("--syslog-ng=".length()).split(":")).orElse(null);
        List<String> lines = generate(events, new Random(1));
        int wirePort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            wirePort = free.getLocalPort();
        }
        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--tinhso.streams.syslog.host=127.0.0.1", "--tinhso.streams.syslog.tcp-port=" + wirePort,
                "--tinhso.streams.syslog.year=2026", "--tinhso.streams.syslog.time-zone=UTC")) {
            DataSource ds = context.getBean(DataSource.class);
            Intake intake = context.getBean(Intake.class);
            vn.tinhso.streams.EventLog log = context.getBean(vn.tinhso.streams.EventLog.class);

            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("create unlogged table if not exists bench_raw (line text)");
                c.createStatement().execute("create table bench_copy (line text)");
                long t0 = System.nanoTime();
                StringBuilder sb = new StringBuilder();
                for (String l : lines) {
                    sb.append(l.replace("\\", "\\\\").replace("\t", "\\t")).append('\n');
                }
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin", new StringReader(sb.toString()));
                report("bare PostgreSQL COPY of the raw lines", events, t0);
            }

            // The detector runs as it does live: woken by each commit of new events, on its own thread.
            ParseOptions options = new ParseOptions(2026, ZoneOffset.UTC, java.time.Clock.systemUTC());
            long detectorCpu = SyslogWire.threadCpuNanos("sigma-detector");
            CpuMeter cpu = new CpuMeter(ds);
            CpuMeter.Sample cpu0 = cpu.now();
            long t1 = System.nanoTime();
            long last = 0;
            for (int i = 0; i < lines.size(); i += 5_000) {
                last = intake.accept("bench", LogFormat.AUTO, options, lines.subList(i, Math.min(lines.size(), i + 5_000))).lastSequence();
            }
            report("in process: parse, normalise, COPY into the event log (committed)", events, t1);
            while (log.checkpoint("security.sigma") < last) {
                Thread.sleep(5);
            }
            report("in process: ... and detected (546 rules + pack, alerts committed), detector woken by each commit", events, t1);
            SyslogWire.cpu("in process", events, cpu.now().minus(cpu0));
            double cpuSeconds = (SyslogWire.threadCpuNanos("sigma-detector") - detectorCpu) / 1e9;
            // On a shared machine the wall time counts other processes' turns; the detector thread's own CPU time does
            // not (PostgreSQL's share of its work is in neither).
            System.out.printf("%-80s %8.2f s %10.0f events/CPU-s%n", "detector thread CPU time", cpuSeconds, events / cpuSeconds);

            SyslogWire wire = new SyslogWire(ds, log, context.getBean(vn.tinhso.alerts.Alerts.class), cpu);
            wire.ours(wirePort, lines);
            if (syslogNg != null) {
                SyslogWire.syslogNg(Integer.parseInt(syslogNg[0]), java.nio.file.Path.of(syslogNg[1]), lines, Integer.parseInt(syslogNg[2]));
            }
            wire.latency(wirePort, 40, 250);
            System.out.printf("peak resident memory: ours (JVM, PostgreSQL not counted) %d MB%s%n", SyslogWire.peakRssMb("self"),
                    syslogNg == null ? "" : ", syslog-ng " + SyslogWire.peakRssMb(syslogNg[2]) + " MB");
            System.out.printf("peak heap used: %d MB of %d MB%n",
                    ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                            .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void report(String what, int events, long start) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-80s %8.2f s %10.0f events/s%n", what, s, events / s);
    }

    static List<String> generate(int n, Random r) {
        List<String> out = new ArrayList<>(n);
        Instant t = Instant.parse("2026-11-28T00:00:00Z");
        for (int i = 0; i < n; i++) {
            Instant at = t.plusMillis(i * 20L);
            String ip = "10." + r.nextInt(20) + "." + r.nextInt(250) + "." + (1 + r.nextInt(250));
            switch (i % 3) {
                case 0 -> out.add(SYSLOG.format(at) + " host" + r.nextInt(50) + " sshd[" + (1000 + r.nextInt(9000)) + "]: "
                        + (r.nextInt(4) == 0 ? "Failed" : "Accepted") + " password for user" + r.nextInt(500) + " from " + ip + " port " + (1024 + r.nextInt(60000)) + " ssh2");
                case 1 -> out.add(ip + " - - [" + CLF.format(at) + "] \"GET /portal/page" + r.nextInt(1000) + "?id=" + r.nextInt(99999)
                        + " HTTP/1.1\" " + (r.nextInt(20) == 0 ? 404 : 200) + " " + r.nextInt(50000) + " \"-\" \"Mozilla/5.0\"");
                default -> out.add("<134>" + SYSLOG.format(at) + " fw01 CEF:0|Vendor|FW|2.1|" + r.nextInt(100) + "|Connection|3|src=" + ip
                        + " dst=192.0.2." + r.nextInt(250) + " spt=" + (1024 + r.nextInt(60000)) + " dpt=" + (r.nextBoolean() ? 443 : 80) + " act=allow");
            }
        }
        return out;
    }
}
