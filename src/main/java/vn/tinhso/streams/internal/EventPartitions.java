package vn.tinhso.streams.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.platform.StartupStep;

/**
 * Keeps {@code streams.event} in day partitions: creates today's and the next days' partitions ahead of time, moves
 * events that fell into the default partition (a day created late) into their own day, and applies retention.
 */
@Component
class EventPartitions implements StartupStep {

    private static final Logger LOG = LoggerFactory.getLogger(EventPartitions.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final int DAYS_AHEAD = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EventRetention retention;

    EventPartitions(JdbcClient jdbc, TransactionTemplate tx, EventRetention retention) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.retention = retention;
    }

    @Override
    public void run() {
        maintain();
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void maintain() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int d = 0; d <= DAYS_AHEAD; d++) {
            ensureDay(today.plusDays(d));
        }
        for (LocalDate strayDay : jdbc.sql("""
                        select distinct (received_at at time zone 'UTC')::date from streams.event_default order by 1""")
                .query(LocalDate.class).list()) {
            ensureDay(strayDay);
        }
        retention.apply();
    }

    /**
     * The day's partition, created empty and attached, after taking over that day's rows from the default partition
     * (a plain CREATE … PARTITION OF would fail while the default holds any of them).
     */
    void ensureDay(LocalDate day) {
        String table = "event_" + NAME.format(day);
        tx.executeWithoutResult(status -> {
            // One maintainer at a time across processes; a lock only for the transaction.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('streams.event.partitions'))").query().singleRow();
            if (exists(table) || coveredByOtherPartition(day)) {
                return;
            }
            String from = day + " 00:00:00+00";
            String to = day.plusDays(1) + " 00:00:00+00";
            jdbc.sql("create table streams." + table + " (like streams.event including defaults)").update();
            jdbc.sql("insert into streams." + table + " select * from streams.event_default where received_at >= cast(:f as timestamptz) and received_at < cast(:t as timestamptz)")
                    .param("f", from).param("t", to).update();
            int moved = jdbc.sql("delete from streams.event_default where received_at >= cast(:f as timestamptz) and received_at < cast(:t as timestamptz)")
                    .param("f", from).param("t", to).update();
            jdbc.sql("alter table streams.event attach partition streams." + table
                    + " for values from ('" + from + "') to ('" + to + "')").update();
            if (moved > 0) {
                LOG.info("Event partition {} created late; {} events moved into it from the default partition", table, moved);
            }
        });
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(:t) is not null").param("t", "streams." + table).query(Boolean.class).single();
    }

    /** The partition made from the table before partitioning covers every day up to the migration's. */
    private boolean coveredByOtherPartition(LocalDate day) {
        java.time.Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return retention.partitions().stream().anyMatch(p -> p.bounds().contains("MINVALUE") && p.upperBound().isAfter(start));
    }
}
