package vn.tinhso.streams.internal;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;

/**
 * With the Kafka log, keeps {@code streams.event} filled as the searchable storage: a consumer of the log like any
 * other, whose rows are copied in the transaction that moves its offsets, so every event is stored exactly once.
 * The table's own sequence numbers the rows; the Kafka position stays in {@link Event#sequence()} for consumers.
 */
class KafkaEventStore {

    static final String CONSUMER = "streams.store";

    private final EventLog log;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    KafkaEventStore(EventLog log, DataSource dataSource, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Scheduled(initialDelayString = "${tinhso.streams.kafka.store-interval:1s}", fixedDelayString = "${tinhso.streams.kafka.store-interval:1s}")
    void poll() {
        while (storeOnce() > 0) {
            // keep storing while the log has events
        }
    }

    /** Stores the next batch; returns how many events it stored. */
    synchronized int storeOnce() {
        return log.consume(CONSUMER, 10_000, this::store);
    }

    private void store(List<Event> events) {
        // Same turn-taking as the PostgreSQL log's appends, so that readers of the table by position skip nothing.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('streams.event'))").query().singleRow();
        EventRows rows = new EventRows(false);
        events.forEach(e -> rows.add(e.sequence(), e.timestamp(), e.source(), e.format(), e.fields(), e.original()));
        rows.copy(dataSource);
    }
}
