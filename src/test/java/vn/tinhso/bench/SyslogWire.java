package vn.tinhso.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.alerts.Alerts;
import vn.tinhso.streams.EventLog;

/**
 * The benchmark's phases on the wire: the same LF-framed TCP stream sent to our syslog receiver (parse, store, detect)
 * and to syslog-ng (parse, filter, write a file), and paced brute-force bursts timed from send to alert row.
 */
final class SyslogWire {

    static final String BRUTE_FORCE = "6f0d6c3e-2b1a-4c55-9a53-7c0a4b1e5a10";
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final EventLog log;
    private final Alerts alerts;
    private final CpuMeter cpu;

    SyslogWire(DataSource ds, EventLog log, Alerts alerts, CpuMeter cpu) {
        this.cpu = cpu;
        this.jdbc = JdbcClient.create(ds);
        this.log = log;
        this.alerts = alerts;
    }

    /** CPU seconds per event of ours and the embedded PostgreSQL, and the rate they would allow on two idle cores. */
    static void cpu(String phase, int events, CpuMeter.Sample used) {
        double total = used.jvmSeconds() + used.postgresSeconds();
        System.out.printf("%-80s %8.2f s %10.0f events/CPU-s (JVM %.2f s, PostgreSQL %.2f s): %.0f events/s on 2 idle cores%n",
                phase + ": CPU used, ours + PostgreSQL", total, events / total, used.jvmSeconds(), used.postgresSeconds(), 2 * events / total);
    }

    /** CPU time used so far by the live thread of that name, 0 before it first ran. */
    static long threadCpuNanos(String name) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                .mapToLong(t -> Math.max(0, mx.getThreadCpuTime(t.getId()))).sum();
    }

    static void send(int port, List<String> lines) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port); OutputStream out = new BufferedOutputStream(s.getOutputStream(), 1 << 16)) {
            for (String l : lines) {
                out.write(l.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
    }

    /** Our receiver: time until every line is stored, and until the detector has read them all. */
    void ours(int port, List<String> lines) throws Exception {
        long before = jdbc.sql("select coalesce(max(seq), 0) from streams.event").query(Long.class).single();
        long deadBefore = log.deadLetters();
        CpuMeter.Sample cpu0 = cpu.now();
        long t0 = System.nanoTime();
        send(port, lines);
        double sent = (System.nanoTime() - t0) / 1e9;
        long stored;
        while ((stored = jdbc.sql("select count(*) from streams.event where seq > :b and source like 'syslog:%'")
                .param("b", before).query(Long.class).single()) + log.deadLetters() - deadBefore < lines.size()) {
            sleep(100);
        }
        double storedAt = (System.nanoTime() - t0) / 1e9;
        long last = jdbc.sql("select max(seq) from streams.event").query(Long.class).single();
        while (log.checkpoint("security.sigma") < last) {
            sleep(50);
        }
        double detectedAt = (System.nanoTime() - t0) / 1e9;
        line("ours over TCP: sent (client side)", lines.size(), sent);
        line("ours over TCP: received, parsed, stored (" + stored + " events, " + (log.deadLetters() - deadBefore) + " dead letters)",
                lines.size(), storedAt);
        line("ours over TCP: ... and detected (546 rules + pack, alerts committed)", lines.size(), detectedAt);
        cpu("ours over TCP", lines.size(), cpu.now().minus(cpu0));
    }

    /** syslog-ng: time until its output file holds every line. */
    static void syslogNg(int port, Path out, List<String> lines, int pid) throws Exception {
        double cpu0 = CpuMeter.processSeconds(pid);
        long t0 = System.nanoTime();
        send(port, lines);
        double sent = (System.nanoTime() - t0) / 1e9;
        long count = 0;
        long offset = 0;
        long lastGrowth = System.nanoTime();
        byte[] buffer = new byte[1 << 16];
        while (count < lines.size() && System.nanoTime() - lastGrowth < 30_000_000_000L) {
            if (Files.exists(out)) {
                try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "r")) {
                    f.seek(offset);
                    int n;
                    while ((n = f.read(buffer)) > 0) {
                        offset += n;
                        lastGrowth = System.nanoTime();
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '\n') {
                                count++;
                            }
                        }
                    }
                }
            }
            if (count < lines.size()) {
                sleep(20);
            }
        }
        double done = (System.nanoTime() - t0 - (count < lines.size() ? 30_000_000_000L : 0)) / 1e9;
        line("syslog-ng over TCP: sent (client side)", lines.size(), sent);
        line("syslog-ng over TCP: received, parsed (syslog + kv/csv), filtered, written as JSON (" + count + " lines)", count, done);
        double used = CpuMeter.processSeconds(pid) - cpu0;
        System.out.printf("%-80s %8.2f s %10.0f events/CPU-s%n", "syslog-ng over TCP: CPU used", used, count / used);
    }

    /** Bursts of 10 failed logins from a new address every {@code gapMillis}; the time from the 10th line to its alert. */
    void latency(int port, int bursts, long gapMillis) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<String, Long> pending = new ConcurrentHashMap<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get() || !pending.isEmpty()) {
                for (var e : pending.entrySet()) {
                    if (!alerts.find(new Alerts.AlertQuery(BRUTE_FORCE, e.getKey(), null, null, null, 1)).isEmpty()) {
                        millis.add((System.nanoTime() - e.getValue()) / 1e6);
                        pending.remove(e.getKey());
                    }
                }
                sleep(10);
            }
        }, "bench-alert-poller");
        try (Socket s = new Socket("127.0.0.1", port); OutputStream out = s.getOutputStream()) {
            poller.start();
            for (int k = 0; k < bursts; k++) {
                String ip = "198.18." + (k / 250) + "." + (1 + k % 250);
                StringBuilder burst = new StringBuilder();
                for (int i = 0; i < 10; i++) {
                    burst.append(SYSLOG.format(Instant.now())).append(" bench-bastion sshd[").append(7000 + i)
                            .append("]: Failed password for invalid user scan").append(i).append(" from ").append(ip)
                            .append(" port ").append(40000 + i).append(" ssh2\n");
                }
                out.write(burst.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                pending.put(ip, System.nanoTime());
                sleep(gapMillis);
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                sleep(50);
            }
            polling.set(false);
            pending.clear();
            poller.join();
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("alert latency: no alert seen");
            return;
        }
        System.out.printf("alert latency, send of the 10th failure -> alert row (%d of %d bursts, one every %d ms): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                sorted.size(), bursts, gapMillis, pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1));
    }

    /** Peak resident memory of a process (VmHWM), in MB, or -1 when unknown. */
    static long peakRssMb(String pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D+", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void line(String what, long events, double seconds) {
        System.out.printf("%-80s %8.2f s %10.0f events/s%n", what, seconds, events / seconds);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
