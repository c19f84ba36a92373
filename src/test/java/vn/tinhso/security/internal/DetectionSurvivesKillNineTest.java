package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * {@code kill -9} of TinhSo while a log shipper posts SSH failures over HTTP: after the restart every acknowledged
 * event is stored exactly once (the batch in flight all or nothing), the shipper sends the rest, and the detector
 * resumes from its checkpoint with the brute-force windows it had, so each attacking address gets one 10-failure hit
 * per 10 failures, neither fewer (a window lost at the crash) nor more (a window counted twice).
 */
class DetectionSurvivesKillNineTest {

    private static final String BRUTE_FORCE = "6f0d6c3e-2b1a-4c55-9a53-7c0a4b1e5a10";
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final int BATCH = 50;

    @TempDir Path dataDir;

    @Test
    void acknowledgedEventsAreStoredOnceAndBruteForceWindowsSpanTheCrash() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> lines = attack();
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                DetectingServer.class.getName(), pgDir.toString(), String.valueOf(port))).redirectErrorStream(true).start();
        AtomicInteger acknowledged = new AtomicInteger();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child JVM's output:\n%s", seen).isNotNull();
            String token = line.substring("READY ".length());
            CompletableFuture<Void> shipper = CompletableFuture.runAsync(() -> ship(port, token, lines, acknowledged));
            // Kill while a batch is in flight, about half-way through every address's window, once the detector has
            // had time to move its checkpoint.
            long started = System.nanoTime();
            while ((acknowledged.get() < lines.size() / BATCH / 2 || System.nanoTime() - started < 1_000_000_000L) && !shipper.isDone()) {
                Thread.sleep(5);
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
            child.waitFor();
            shipper.exceptionally(e -> null).join();
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged.get()).as("batches acknowledged before the kill").isBetween(1, lines.size() / BATCH - 1);
        long orphan = Long.parseLong(Files.readAllLines(pgDir.resolve("postmaster.pid")).get(0).trim());
        try (var restarted = new SpringApplicationBuilder(TinhsoApplication.class).web(WebApplicationType.NONE)
                .run("--tinhso.db.data-dir=" + pgDir, "--tinhso.demo.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.file.name=target/test-logs/detection-kill-nine.json", "--tinhso.security.detection.interval=1h")) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            long resumedFrom = jdbc.sql("select position from streams.checkpoint where consumer = :c")
                    .param("c", SigmaDetector.CONSUMER).query(Long.class).optional().orElse(0L);
            assertThat(resumedFrom).as("the detector had handled events before the kill").isPositive();
            assertThat(jdbc.sql("select count(*) from security.correlation_window").query(Long.class).single())
                    .as("open windows were stored with the checkpoint").isPositive();

            // Every acknowledged event exactly once (the source port numbers the lines); the batch in flight all or nothing.
            List<Integer> ports = jdbc.sql("select (fields->>'source.port')::int from streams.event where source = 'crash' order by 1")
                    .query(Integer.class).list();
            assertThat(ports).doesNotHaveDuplicates();
            assertThat(ports.size() % BATCH).isZero();
            assertThat(ports.size()).isBetween(acknowledged.get() * BATCH, (acknowledged.get() + 1) * BATCH);
            for (int i = 0; i < ports.size(); i++) {
                assertThat(ports.get(i)).isEqualTo(10_000 + i);
            }

            // The shipper sends again what was not stored; then the detector catches up from its checkpoint.
            restarted.getBean(Intake.class).accept("crash", LogFormat.AUTH, new ParseOptions(2026, ZoneOffset.UTC, Clock.systemUTC()),
                    lines.subList(ports.size(), lines.size()));
            SigmaDetector detector = restarted.getBean(SigmaDetector.class);
            while (detector.runOnce() > 0) {
                // detect the rest
            }
            Map<String, Long> failures = new HashMap<>();
            jdbc.sql("select fields->>'source.ip', count(*) from streams.event where source = 'crash' group by 1")
                    .query((rs, n) -> failures.put(rs.getString(1), rs.getLong(2))).list();
            Map<String, Long> alerted = new HashMap<>();
            jdbc.sql("select entities->>'source.ip', sum(count) from alerts.alert where rule_id = :r group by 1").param("r", BRUTE_FORCE)
                    .query((rs, n) -> alerted.put(rs.getString(1), rs.getLong(2))).list();
            assertThat(failures).hasSize(60);
            Map<String, Long> expected = new HashMap<>();
            failures.forEach((ip, n) -> expected.put(ip, n / 10 * 10));
            assertThat(alerted).isEqualTo(expected);
        } finally {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroy);
        }
    }

    /**
     * Rounds of failed SSH logins from 60 addresses, each round 6 s after the last (all within one 5-minute window):
     * even addresses fail 10 times, odd ones 19 times. A lost window leaves an even address without its alert; a window
     * counted twice gives an odd one a second.
     */
    private static List<String> attack() {
        List<String> lines = new ArrayList<>();
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        for (int round = 0; round < 19; round++) {
            for (int a = 0; a < 60; a++) {
                if (round < (a % 2 == 0 ? 10 : 19)) {
                    int port = 10_000 + lines.size();
                    lines.add(SYSLOG.format(t.plusSeconds(6L * round).plusMillis(a)) + " web01 sshd[4242]: Failed password for root from 203.0.113."
                            + (a + 1) + " port " + port + " ssh2");
                }
            }
        }
        while (lines.size() % BATCH != 0) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static void ship(int port, String token, List<String> lines, AtomicInteger acknowledged) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < lines.size(); i += BATCH) {
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/streams/events?source=crash&format=auth&year=2026"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines.subList(i, i + BATCH)))).build();
            try {
                HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("batch refused: " + r.statusCode() + " " + r.body());
                }
                acknowledged.incrementAndGet();
                Thread.sleep(20);
            } catch (java.io.IOException | InterruptedException e) {
                return; // the server is gone: this batch was never acknowledged
            }
        }
    }
}
