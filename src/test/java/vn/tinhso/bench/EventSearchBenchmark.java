package vn.tinhso.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;
import vn.tinhso.streams.internal.EventQuery;
import vn.tinhso.streams.internal.EventSearchResult;
import vn.tinhso.streams.internal.EventSearchService;

/**
 * Event search over a day of sshd events spread evenly over the last 24 hours (appended through the event log, 10
 * sources): the page's default search (whole day, histogram and total), a field filter, free text, a one-hour range
 * and a page deep into the day by cursor; each the median of 5 runs after one warm-up. Peer: the bare count over the
 * day. Not a test: run with {@code bench/run-search.sh [events]}.
 */
public final class EventSearchBenchmark {

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--tinhso.security.detection.interval=1h",
                "--tinhso.security.detection.wake-on-append=false")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            EventLog log = context.getBean(EventLog.class);
            EventSearchService search = context.getBean(EventSearchService.class);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant start = now.minus(Duration.ofHours(24));
            long stepMicros = 86_400_000_000L / events;
            long t0 = System.nanoTime();
            for (int i = 0; i < events; i += 5_000) {
                List<ParsedEvent> batch = new ArrayList<>();
                for (int j = i; j < Math.min(events, i + 5_000); j++) {
                    String ip = "10." + (j % 200) + "." + (j / 200 % 250) + "." + (1 + j % 7);
                    boolean invalid = j % 100 == 0;
                    String msg = (invalid ? "Invalid user " : "Failed password for ") + "user" + (j % 500) + " from " + ip;
                    batch.add(new ParsedEvent(start.plus(stepMicros * j, ChronoUnit.MICROS), "auth",
                            Map.of("event.outcome", "failure", "source.ip", ip, "user.name", "user" + (j % 500),
                                    "destination.port", 22, "host.name", "host" + (j % 50)),
                            "Nov 28 00:00:00 host" + (j % 50) + " sshd[1234]: " + msg + " port 4242 ssh2", 1));
                }
                log.append("search-bench-" + (i / 5_000 % 10), batch);
            }
            System.out.printf("appended %,d events over the last 24 h in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
            jdbc.sql("analyze streams.event").update();
            long total = jdbc.sql("select count(*) from streams.event").query(Long.class).single();
            System.out.printf("streams.event holds %,d rows; machine: %d cores, %s%n", total,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));

            Clock clock = Clock.fixed(now.plusSeconds(1), ZoneOffset.UTC);
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            EventQuery day = EventQuery.of(null, null, null, List.of(), null, null, null, 50, zone, clock);
            time("peer: bare count(*) over the day", () -> jdbc.sql(
                            "select count(*) from streams.event where event_time >= :f and event_time < :t")
                    .param("f", day.from().atOffset(ZoneOffset.UTC)).param("t", day.to().atOffset(ZoneOffset.UTC))
                    .query(Long.class).single());
            time("day, no filter: page of 50 + histogram + total", () -> search.search(day, true).total());
            time("day, no filter: page of 50 only (the 'more' link)", () -> (long) search.search(day, false).events().size());
            time("day, field source.ip:10.7.3.1 (rare)", () -> search.search(EventQuery.of(null, null, null,
                    List.of("source.ip:10.7.3.1"), null, null, null, 50, zone, clock), true).total());
            time("day, field destination.port:22 (a JSON number, all)", () -> search.search(EventQuery.of(null, null, null,
                    List.of("destination.port:22"), null, null, null, 50, zone, clock), true).total());
            time("day, text 'invalid user user400 ' (1 in 500)", () -> search.search(EventQuery.of(null, null, "invalid user user400 ",
                    List.of(), null, null, null, 50, zone, clock), true).total());
            time("day, text that matches nothing", () -> search.search(EventQuery.of(null, null, "invalid user user42 ",
                    List.of(), null, null, null, 50, zone, clock), true).total());
            time("day, source search-bench-3 (1 in 10)", () -> search.search(EventQuery.of(null, null, null,
                    List.of(), "search-bench-3", null, null, 50, zone, clock), true).total());
            EventQuery hour = EventQuery.of(now.minus(Duration.ofHours(3)).toString(), now.minus(Duration.ofHours(2)).toString(),
                    null, List.of(), null, null, null, 50, zone, clock);
            time("one hour, no filter: page + histogram", () -> search.search(hour, true).total());
            EventSearchResult mid = search.search(EventQuery.of(null, now.minus(Duration.ofHours(12)).toString(), null, List.of(), null,
                    null, null, 1, zone, clock), false);
            EventQuery deep = day.withAfter(new EventQuery.Cursor(mid.events().get(0).time(), mid.events().get(0).seq()));
            time("day, page of 50 by cursor half-way through the day", () -> (long) search.search(deep, false).events().size());
        }
        System.exit(0);
    }

    private static void time(String what, Supplier<Long> run) {
        long result = run.get();
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-62s median %8.1f ms  (min %7.1f, max %7.1f)  result %,d%n", what, ms[2], ms[0], ms[4], result);
    }
}
