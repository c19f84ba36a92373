package vn.tinhso.security.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.security.drills.Drills;
import vn.tinhso.streams.Event;

/**
 * How many events the detector read per source and day. Written in the detector's transaction, so a batch is counted
 * exactly once; drill sources are left out.
 */
@Service
public class EventCounts {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    EventCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(List<Event> events) {
        record Key(LocalDate day, String source) {
        }
        Map<Key, Long> batch = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.source() == null || e.source().startsWith(Drills.SOURCE_PREFIX)) continue;
            batch.merge(new Key(e.timestamp().atZone(ZONE).toLocalDate(), e.source()), 1L, Long::sum);
        }
        batch.forEach((k, n) -> jdbc.sql("""
                        insert into security.event_count (day, source, events) values (:d, :s, :n)
                        on conflict (day, source) do update set events = security.event_count.events + excluded.events""")
                .param("d", k.day()).param("s", k.source()).param("n", n).update());
    }

    /** Events per source with days in [from, to), most first. */
    public Map<String, Long> bySource(LocalDate from, LocalDate to) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("select source, sum(events) from security.event_count where day >= :f and day < :t group by source order by 2 desc, 1")
                .param("f", from).param("t", to).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }


    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
