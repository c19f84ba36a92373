package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;

/** Events go into the partition of their day of arrival; a day created late takes over its strays from the default. */
@SpringBootTest
@ActiveProfiles("test")
class EventsAreKeptInDayPartitionsTest {

    @Autowired JdbcClient jdbc;
    @Autowired EventLog log;
    @Autowired EventPartitions partitions;

    private final String run = Long.toString(System.nanoTime(), 36);

    private String partitionOf(String source) {
        return jdbc.sql("select distinct tableoid::regclass::text from streams.event where source = :s")
                .param("s", source).query(String.class).single();
    }

    @Test
    void anAppendedEventLandsInTodaysPartitionAndTheNextDaysAreReadyAhead() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String source = "partition-today-" + run;
        log.append(source, List.of(new ParsedEvent(Instant.parse("2020-01-01T00:00:00Z"), "json", Map.of("n", 1), "old event, new arrival", 1)));

        // Partitioned by arrival, not by the event's own (here years old) time; the migration's partition holds today.
        String todays = "event_" + DateTimeFormatter.BASIC_ISO_DATE.format(today);
        assertThat(partitionOf(source)).isIn("streams." + todays, "streams.event_until_partitioned");
        for (int d = 1; d <= EventPartitions.DAYS_AHEAD; d++) {
            assertThat(jdbc.sql("select to_regclass(:t) is not null")
                    .param("t", "streams.event_" + DateTimeFormatter.BASIC_ISO_DATE.format(today.plusDays(d))).query(Boolean.class).single())
                    .as("day +" + d).isTrue();
        }
    }

    @Test
    void eventsThatArrivedBeforeTheirDayExistedAreMovedIntoItWhenItIsCreated() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(40 + Math.floorMod(run.hashCode(), 300));
        String source = "partition-stray-" + run;
        Instant arrived = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                            insert into streams.event (received_at, event_time, source, format, fields, original)
                            values (:r, :r, :s, 'json', '{}', 'stray')""")
                    .param("r", Timestamp.from(arrived)).param("s", source).update();
        }
        assertThat(partitionOf(source)).isEqualTo("streams.event_default");

        partitions.maintain();

        assertThat(partitionOf(source)).isEqualTo("streams.event_" + DateTimeFormatter.BASIC_ISO_DATE.format(day));
        assertThat(jdbc.sql("select count(*) from streams.event where source = :s").param("s", source).query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from streams.event_default").query(Long.class).single()).isZero();
    }
}
