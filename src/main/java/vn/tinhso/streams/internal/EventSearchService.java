package vn.tinhso.streams.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * Searches {@code streams.event}: every condition a bound parameter, newest first, paged by (event time, seq) so a
 * page never repeats or skips an event however many arrive meanwhile, and a histogram over the range in about
 * {@value #BUCKETS} buckets whose counts add up to the total. Events hold user names and addresses, so every search
 * is written to the audit log, as the SQL workbench's queries are.
 */
@Service
public class EventSearchService {

    static final int BUCKETS = 60;
    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(7));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final AuditLog audit;
    private final int timeoutMillis;
    /** Buckets start at the province's midnight (of a Monday, for weeks), not at UTC's. */
    private final Instant origin;

    EventSearchService(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit,
                       @Value("${tinhso.streams.search.timeout-ms:20000}") int timeoutMillis,
                       @Value("${tinhso.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.audit = audit;
        this.timeoutMillis = timeoutMillis;
        this.origin = LocalDate.of(2000, 1, 3).atStartOfDay(zone).toInstant();
    }

    /** The page of events and, when {@code withHistogram}, the total and the histogram (the next rows of a page need neither). */
    public EventSearchResult search(EventQuery q, boolean withHistogram) {
        audit.record(new AuditEntry(null, "streams.search", "event", null, null, q.describe()));
        try {
            return readOnly.execute(status -> {
                jdbc.sql("select set_config('statement_timeout', :ms, true)").param("ms", timeoutMillis + "ms").query(String.class).single();
                Where where = where(q);
                Duration step = step(Duration.between(q.from(), q.to()));
                List<EventSearchResult.Bucket> histogram = withHistogram ? histogram(q, where, step) : List.of();
                long total = histogram.stream().mapToLong(EventSearchResult.Bucket::count).sum();
                List<EventSearchResult.Hit> hits = withHistogram && total == 0 ? List.of()
                        : hits(q, where, withHistogram && q.after() == null ? oldestNeeded(q, histogram) : q.from());
                String next = null;
                if (hits.size() > q.size()) {
                    hits = hits.subList(0, q.size());
                    EventSearchResult.Hit last = hits.get(hits.size() - 1);
                    next = new EventQuery.Cursor(last.time(), last.seq()).token();
                }
                return new EventSearchResult(q, withHistogram ? total : -1, List.copyOf(hits), step, histogram, next);
            });
        } catch (DataAccessException e) {
            if (NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException s && "57014".equals(s.getSQLState())) {
                throw new IllegalArgumentException("the search took longer than " + timeoutMillis / 1000
                        + " s: narrow the time range or add a source or field filter");
            }
            throw e;
        }
    }

    /** The smallest step of the ladder that gives at most about {@value #BUCKETS} buckets; whole days beyond it. */
    static Duration step(Duration range) {
        for (Duration step : STEPS) {
            if (range.dividedBy(step) <= BUCKETS) {
                return step;
            }
        }
        return Duration.ofDays(range.toDays() / BUCKETS + 1);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(EventQuery q) {
        StringBuilder sql = new StringBuilder("event_time >= :from and event_time < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", utc(q.from()));
        params.put("to", utc(q.to()));
        if (q.source() != null) {
            sql.append(" and source = :source");
            params.put("source", q.source());
        }
        if (q.text() != null) {
            sql.append(" and original ilike :text escape '\\'");
            params.put("text", "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        for (int i = 0; i < q.fields().size(); i++) {
            // ->> gives a JSON number as its text, so destination.port:22 matches the number 22 as well as the string.
            sql.append(" and fields ->> cast(:fn").append(i).append(" as text) = :fv").append(i);
            params.put("fn" + i, q.fields().get(i).name());
            params.put("fv" + i, q.fields().get(i).value());
        }
        return new Where(sql.toString(), params);
    }

    /**
     * Where the page's rows (and the one telling whether there is a next page) begin at the earliest, by the
     * histogram's counts from the newest bucket down: the newest-first walk then stops there instead of reading the
     * whole range when the matches are few or recent.
     */
    private static Instant oldestNeeded(EventQuery q, List<EventSearchResult.Bucket> histogram) {
        long needed = (long) q.page() * q.size() + q.size() + 1;
        long seen = 0;
        for (int i = histogram.size() - 1; i >= 0; i--) {
            seen += histogram.get(i).count();
            if (seen >= needed) {
                Instant start = histogram.get(i).bucket();
                return start.isAfter(q.from()) ? start : q.from();
            }
        }
        return q.from();
    }

    private List<EventSearchResult.Hit> hits(EventQuery q, Where where, Instant oldest) {
        Map<String, Object> params = new HashMap<>(where.params());
        String page = "";
        if (oldest.isAfter(q.from())) {
            page = " and event_time >= :oldest";
            params.put("oldest", utc(oldest));
        }
        if (q.after() != null) {
            // The plain bound on event_time lets the planner use the time index; the row comparison breaks ties by seq.
            page += " and event_time <= :at and (event_time, seq) < (:at, :seq)";
            params.put("at", utc(q.after().time()));
            params.put("seq", q.after().seq());
        }
        params.put("limit", q.size() + 1);
        params.put("offset", q.page() * q.size());
        return jdbc.sql("select seq, event_time, source, format, fields::text, original from streams.event where "
                        + where.sql() + page + " order by event_time desc, seq desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new EventSearchResult.Hit(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), JSON.readValue(rs.getString(5), MAP), rs.getString(6)))
                .list();
    }

    /** Every bucket of the range, the empty ones too, so the chart's time axis has no holes. */
    private List<EventSearchResult.Bucket> histogram(EventQuery q, Where where, Duration step) {
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("step", step.toSeconds() + " seconds");
        params.put("origin", utc(origin));
        Map<Instant, Long> counts = new HashMap<>();
        jdbc.sql("select date_bin(cast(:step as interval), event_time, :origin) as bucket, count(*) from streams.event where "
                        + where.sql() + " group by 1")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2));
                });
        List<EventSearchResult.Bucket> buckets = new ArrayList<>();
        long stepSeconds = step.toSeconds();
        long first = Math.floorDiv(q.from().getEpochSecond() - origin.getEpochSecond(), stepSeconds) * stepSeconds;
        for (Instant b = origin.plusSeconds(first); b.isBefore(q.to()); b = b.plus(step)) {
            buckets.add(new EventSearchResult.Bucket(b, counts.getOrDefault(b, 0L)));
        }
        return buckets;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
