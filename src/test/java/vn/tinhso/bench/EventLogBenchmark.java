package vn.tinhso.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;
import vn.tinhso.streams.internal.KafkaTestLogs;

/**
 * Append and consume throughput of the two event logs on the same parsed events: the PostgreSQL log of the running
 * application and the Kafka log on the in-JVM single-node KRaft broker of the tests (offsets in the same PostgreSQL).
 * Appends in batches of 5,000 from 10 sources; a consumer with an empty handler reads in batches of 5,000.
 * Not a test: run with {@code bench/run-event-log.sh [events]}.
 */
public final class EventLogBenchmark {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<ParsedEvent> batch = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String ip = "10.0." + (i % 250) + "." + (1 + i % 200);
            batch.add(new ParsedEvent(Instant.parse("2026-11-28T00:00:00Z").plusMillis(i * 20L), "auth",
                    Map.of("event.category", "authentication", "event.outcome", "failure", "source.ip", ip,
                            "user.name", "user" + (i % 500), "host.name", "host" + (i % 50)),
                    "Nov 28 00:00:00 host" + (i % 50) + " sshd[1234]: Failed password for user" + (i % 500) + " from " + ip
                            + " port 4242 ssh2", 1));
        }
        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--tinhso.security.detection.interval=1h")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            TransactionTemplate tx = context.getBean(TransactionTemplate.class);
            run("PostgreSQL log", context.getBean(EventLog.class), batch, events);
            EventLog kafka = KafkaTestLogs.log(jdbc, tx, "bench-" + System.nanoTime() + ".");
            try {
                run("Kafka log (in-JVM broker, 3 partitions)", kafka, batch, events);
            } finally {
                KafkaTestLogs.close(kafka);
            }
        }
        System.exit(0);
    }

    private static void run(String name, EventLog log, List<ParsedEvent> batch, int events) {
        log.append("warm-up", batch.subList(0, 100));
        long t0 = System.nanoTime();
        for (int i = 0; i < events; i += batch.size()) {
            log.append("bench-" + (i / batch.size() % 10), batch.subList(0, Math.min(batch.size(), events - i)));
        }
        report(name + ": append (acknowledged)", events, t0);
        String consumer = "bench-" + System.nanoTime();
        long t1 = System.nanoTime();
        long read = 0;
        int n;
        while ((n = log.consume(consumer, 5_000, e -> { })) > 0) {
            read += n;
        }
        report(name + ": consume with checkpoint (" + read + " events incl. earlier ones)", read, t1);
    }

    private static void report(String what, long events, long start) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-80s %8.2f s %10.0f events/s%n", what, s, events / s);
    }
}
