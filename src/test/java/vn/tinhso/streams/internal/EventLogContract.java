package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;

/** What every implementation of {@link EventLog} promises its consumers; run once per implementation. */
abstract class EventLogContract {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    /** A log instance; a second call stands for the same log after a restart of the process. */
    abstract EventLog newLog();

    final String run = Long.toString(System.nanoTime(), 36);

    static List<ParsedEvent> events(String tag, int n) {
        return IntStream.range(0, n).mapToObj(i -> new ParsedEvent(Instant.parse("2026-11-28T05:00:00Z").plusSeconds(i), "json",
                Map.<String, Object>of("event.action", tag, "n", i), tag + " line " + i, 1)).toList();
    }

    /** Reads to the end in pages of {@code page}; returns the events of {@code source} only (the log is shared). */
    static List<Event> drain(EventLog log, String consumer, String source, int page) {
        List<Event> seen = new ArrayList<>();
        while (log.consume(consumer, page, seen::addAll) > 0) {
            // read to the end
        }
        return seen.stream().filter(e -> e.source().equals(source)).toList();
    }

    @Test
    void eachSourcesEventsComeBackOnceInOrderWithTheirFieldsAndTheCheckpointMoves() {
        EventLog log = newLog();
        String source = "contract-order-" + run;
        String other = "contract-other-" + run;
        List<Long> seqs = log.append(source, events("a", 30));
        log.append(other, events("b", 5));
        log.append(source, events("c", 10));
        assertThat(seqs).hasSize(30).doesNotHaveDuplicates().isSorted();

        String consumer = "contract-" + run;
        long before = log.checkpoint(consumer);
        List<Event> mine = drain(log, consumer, source, 7);
        assertThat(mine).extracting(e -> (String) e.field("event.action")).containsExactlyElementsOf(
                IntStream.range(0, 40).mapToObj(i -> i < 30 ? "a" : "c").toList());
        assertThat(mine).extracting(Event::sequence).isSorted().doesNotHaveDuplicates().startsWith(seqs.toArray(Long[]::new));
        assertThat(mine.get(3).field("n")).isEqualTo(3);
        assertThat(mine.get(3).original()).isEqualTo("a line 3");
        assertThat(mine.get(3).timestamp()).isEqualTo(Instant.parse("2026-11-28T05:00:03Z"));
        assertThat(drain(log, consumer, other, 100)).isEmpty();
        assertThat(log.checkpoint(consumer)).isGreaterThanOrEqualTo(before + 45);
        assertThat(log.consume(consumer, 10, e -> { })).isZero();
    }

    @Test
    void aFailedHandlerRollsBackItsWritesAndItsPositionSoTheSameEventsComeAgain() {
        EventLog log = newLog();
        String source = "contract-fail-" + run;
        String consumer = "contract-fail-" + run;
        log.append(source, events("x", 12));
        drain(log, consumer, source, 10_000);
        log.append(source, events("y", 3));
        long position = log.checkpoint(consumer);

        assertThatThrownBy(() -> log.consume(consumer, 10_000, events -> {
            log.deadLetter(source, 1, "written by a handler that then fails", "-");
            throw new IllegalStateException("detector failed");
        })).hasMessage("detector failed");
        assertThat(log.checkpoint(consumer)).isEqualTo(position);
        assertThat(jdbc.sql("select count(*) from streams.dead_letter where source = :s").param("s", source)
                .query(Long.class).single()).isZero();

        assertThat(drain(log, consumer, source, 10_000)).extracting(e -> (String) e.field("event.action"))
                .containsExactly("y", "y", "y");
    }

    @Test
    void aRestartedLogResumesAfterTheCheckpointWithNothingTwiceAndNothingSkipped() {
        EventLog log = newLog();
        String source = "contract-restart-" + run;
        String consumer = "contract-restart-" + run;
        log.append(source, events("before", 20));
        List<Event> first = drain(log, consumer, source, 10_000);
        log.append(source, events("after", 8));

        EventLog restarted = newLog();
        List<Event> second = drain(restarted, consumer, source, 3);
        assertThat(first).hasSize(20);
        assertThat(second).extracting(e -> (String) e.field("event.action")).containsOnly("after").hasSize(8);
        assertThat(second).extracting(Event::sequence).doesNotContainAnyElementsOf(first.stream().map(Event::sequence).toList());
    }
}
