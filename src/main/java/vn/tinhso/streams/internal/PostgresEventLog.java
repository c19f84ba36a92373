package vn.tinhso.streams.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;

/** The default event log ({@code tinhso.streams.log=postgres}): one PostgreSQL table filled with COPY, read by position. */
@Component
@ConditionalOnProperty(name = "tinhso.streams.log", havingValue = "postgres", matchIfMissing = true)
class PostgresEventLog implements EventLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final RecentEvents recent;
    private final AppendListeners listeners = new AppendListeners();

    PostgresEventLog(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx,
                     @Value("${tinhso.streams.recent-events:20000}") int recentEvents) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.recent = new RecentEvents(recentEvents);
    }

    @Override
    public void onAppend(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public List<Long> append(String source, List<ParsedEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return tx.execute(status -> {
            // Appends take turns so that sequence order is commit order and a consumer never skips a late commit.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('streams.event'))").query().singleRow();
            List<Long> seqs = jdbc.sql("select nextval('streams.event_seq') from generate_series(1, :n)")
                    .param("n", events.size()).query(Long.class).list();
            EventRows rows = new EventRows(true);
            List<Event> stored = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                ParsedEvent e = events.get(i);
                rows.add(seqs.get(i), e.timestamp(), source, e.format(), e.fields(), e.original());
                stored.add(RecentEvents.asStored(seqs.get(i), e.timestamp(), source, e.format(), e.fields(), e.original()));
            }
            rows.copy(dataSource);
            listeners.afterCommit(() -> recent.add(stored));
            return seqs;
        });
    }

    @Override
    public void deadLetter(String source, int lineNo, String reason, String original) {
        jdbc.sql("insert into streams.dead_letter (source, line_no, reason, original) values (:s, :l, :r, :o)")
                .param("s", source).param("l", lineNo).param("r", reason)
                .param("o", original.replace('\0', '\uFFFD')).update();
    }

    @Override
    public int consume(String consumer, int max, Consumer<List<Event>> handler) {
        return tx.execute(status -> {
            jdbc.sql("insert into streams.checkpoint (consumer, position) values (:c, 0) on conflict do nothing")
                    .param("c", consumer).update();
            long position = jdbc.sql("select position from streams.checkpoint where consumer = :c for update")
                    .param("c", consumer).query(Long.class).single();
            List<Event> events = recent.after(position, max);
            if (events.isEmpty()) {
                events = jdbc.sql("""
                        select seq, event_time, source, format, fields::text, original from streams.event
                        where seq > :p order by seq limit :m""")
                        .param("p", position).param("m", max)
                        .query((rs, n) -> new Event(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), JSON.readValue(rs.getString(5), MAP), rs.getString(6)))
                        .list();
            }
            if (events.isEmpty()) {
                return 0;
            }
            handler.accept(events);
            jdbc.sql("update streams.checkpoint set position = :p, updated_at = now() where consumer = :c")
                    .param("p", events.get(events.size() - 1).sequence()).param("c", consumer).update();
            return events.size();
        });
    }

    @Override
    public long checkpoint(String consumer) {
        return jdbc.sql("select coalesce(max(position), 0) from streams.checkpoint where consumer = :c")
                .param("c", consumer).query(Long.class).single();
    }

    @Override
    public long deadLetters() {
        return jdbc.sql("select count(*) from streams.dead_letter").query(Long.class).single();
    }

}
