package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;
import vn.tinhso.streams.WakeOnAppend;

/** A woken consumer never looks before the events are visible, and a rolled-back append wakes nobody. */
@SpringBootTest
@ActiveProfiles("test")
class ConsumersAreToldOfAppendsOnlyAfterTheCommitTest {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate tx;

    @Test
    void theDrainRunsAfterTheCommitSeesTheEventsAndARolledBackAppendWakesNobody() throws Exception {
        String source = "wake-" + Long.toString(System.nanoTime(), 36);
        EventLog log = new PostgresEventLog(jdbc, dataSource, tx, 100);
        LinkedBlockingQueue<Long> visibleAtWake = new LinkedBlockingQueue<>();
        try (WakeOnAppend wake = new WakeOnAppend(log, "wake-test", () -> visibleAtWake.add(
                jdbc.sql("select count(*) from streams.event where source = :s").param("s", source).query(Long.class).single()))) {
            ParsedEvent e = new ParsedEvent(Instant.parse("2026-11-28T05:00:00Z"), "json", Map.of("n", 1), "x", 1);

            tx.executeWithoutResult(status -> {
                log.append(source, List.of(e));
                status.setRollbackOnly();
            });
            tx.executeWithoutResult(status -> {
                log.append(source, List.of(e, e));
                assertThat(visibleAtWake).as("nobody is told inside the transaction").isEmpty();
            });

            assertThat(visibleAtWake.poll(30, TimeUnit.SECONDS)).isEqualTo(2L);
            assertThat(visibleAtWake).isEmpty();
        }
    }
}
