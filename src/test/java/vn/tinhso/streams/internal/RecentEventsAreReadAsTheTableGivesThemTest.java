package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;

/** A consumer served from memory sees exactly what a consumer reading the table sees: same types, same precision. */
@SpringBootTest
@ActiveProfiles("test")
class RecentEventsAreReadAsTheTableGivesThemTest {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate tx;

    @Test
    void eventsTakenFromMemoryEqualTheSameEventsReadFromTheTable() {
        String run = Long.toString(System.nanoTime(), 36);
        String source = "recent-" + run;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source.port", 22L);
        fields.put("auditd.log.sequence", 1L << 40);
        fields.put("log.syslog.facility.code", 4);
        fields.put("event.risk_score", 1.5);
        fields.put("user.exists", false);
        fields.put("user.name", "nguyễn văn \"a\"");
        fields.put("process.args", List.of("-c", "id"));
        fields.put("labels", Map.of("zone", "dmz"));
        fields.put("nothing", null);
        ParsedEvent event = new ParsedEvent(Instant.parse("2026-11-28T05:00:00.123456789Z"), "json", fields,
                "a line with a NUL \0 and a tab \t", 1);

        EventLog cached = new PostgresEventLog(jdbc, dataSource, tx, 100);
        EventLog table = new PostgresEventLog(jdbc, dataSource, tx, 0);
        // Both consumers start right before the new events, so the cached log serves them from memory.
        long before = cached.append(source, List.of(event, event)).get(0) - 1;
        for (String consumer : List.of("recent-memory-" + run, "recent-table-" + run)) {
            jdbc.sql("insert into streams.checkpoint (consumer, position) values (:c, :p)")
                    .param("c", consumer).param("p", before).update();
        }
        List<Event> fromMemory = new ArrayList<>();
        List<Event> fromTable = new ArrayList<>();
        cached.consume("recent-memory-" + run, 2, fromMemory::addAll);
        table.consume("recent-table-" + run, 2, fromTable::addAll);

        assertThat(fromMemory).hasSize(2);
        fromTable.get(0).fields().forEach((name, value) -> assertThat(fromMemory.get(0).field(name)).as(name)
                .isEqualTo(value).matches(v -> v == null || v instanceof List || v instanceof Map || v.getClass() == value.getClass(),
                        "same type as " + (value == null ? null : value.getClass())));
        assertThat(fromMemory).isEqualTo(fromTable);
        assertThat(fromMemory.get(0).field("source.port")).isEqualTo(22);
        assertThat(fromMemory.get(0).timestamp()).as("cut to the microsecond as stored").isEqualTo(Instant.parse("2026-11-28T05:00:00.123456Z"));
    }
}
