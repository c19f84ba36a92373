package vn.tinhso.streams.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long events are kept: per source name prefix (the longest matching prefix wins), else the default. A day
 * partition is dropped once every source's retention has passed its last day; a source kept for less than that has
 * its older rows deleted.
 */
@Component
public class EventRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EventRetention.class);

    public record Rule(String sourcePrefix, int days) {
    }

    /** A partition of {@code streams.event}; the default one has no upper bound. */
    public record Partition(String name, String bounds, Instant upperBound, long rowsEstimate, long bytes) {
    }

    public record Applied(int partitionsDropped, long rowsDeleted) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final int defaultDays;
    private final Clock clock;

    EventRetention(JdbcClient jdbc, TransactionTemplate tx,
                   @Value("${tinhso.streams.retention.default-days:90}") int defaultDays) {
        if (defaultDays <= 0) {
            throw new IllegalArgumentException("tinhso.streams.retention.default-days must be positive, not " + defaultDays);
        }
        this.jdbc = jdbc;
        this.tx = tx;
        this.defaultDays = defaultDays;
        this.clock = Clock.systemUTC();
    }

    public int defaultDays() {
        return defaultDays;
    }

    public List<Rule> rules() {
        return jdbc.sql("select source_prefix, days from streams.retention order by source_prefix")
                .query((rs, n) -> new Rule(rs.getString(1), rs.getInt(2))).list();
    }

    public void set(String sourcePrefix, int days, String actor) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive");
        }
        jdbc.sql("""
                        insert into streams.retention (source_prefix, days, updated_by) values (:p, :d, :a)
                        on conflict (source_prefix) do update set days = excluded.days, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .param("p", sourcePrefix).param("d", days).param("a", actor).update();
    }

    public boolean remove(String sourcePrefix) {
        return jdbc.sql("delete from streams.retention where source_prefix = :p").param("p", sourcePrefix).update() > 0;
    }

    /** Drops the day partitions no source keeps any more, then deletes older rows of the sources kept for less. */
    public Applied apply() {
        List<Rule> rules = rules();
        // A rule for the empty prefix matches every source: it takes the place of the configured default.
        boolean catchAll = rules.stream().anyMatch(r -> r.sourcePrefix().isEmpty());
        int longest = Math.max(catchAll ? 0 : defaultDays, rules.stream().mapToInt(Rule::days).max().orElse(0));
        Instant now = clock.instant();
        int dropped = 0;
        for (Partition p : droppable(partitions(), now, longest)) {
            tx.executeWithoutResult(st -> {
                jdbc.sql("alter table streams.event detach partition streams." + p.name()).update();
                jdbc.sql("drop table streams." + p.name()).update();
            });
            LOG.info("Event partition {} dropped: older than the longest retention, {} days", p.name(), longest);
            dropped++;
        }
        long deleted = 0;
        // Longest prefixes first, each taking its sources away from the shorter prefixes and from the default.
        List<Rule> byLength = new ArrayList<>(rules);
        byLength.sort(Comparator.comparingInt((Rule r) -> r.sourcePrefix().length()).reversed());
        List<String> claimed = new ArrayList<>();
        for (Rule r : byLength) {
            if (r.days() < longest) {
                deleted += deleteOlder(r.sourcePrefix(), claimed, now.minus(Duration.ofDays(r.days())));
            }
            claimed.add(r.sourcePrefix());
        }
        if (!catchAll && defaultDays < longest) {
            deleted += deleteOlder("", claimed, now.minus(Duration.ofDays(defaultDays)));
        }
        if (dropped > 0 || deleted > 0) {
            LOG.info("Event retention: {} day partitions dropped, {} events deleted", dropped, deleted);
        }
        return new Applied(dropped, deleted);
    }

    /** The partitions whose every day is older than the longest retention; never the default partition. */
    static List<Partition> droppable(List<Partition> partitions, Instant now, int longestDays) {
        Instant horizon = now.minus(Duration.ofDays(longestDays));
        return partitions.stream().filter(p -> p.upperBound() != null && !p.upperBound().isAfter(horizon)).toList();
    }

    private long deleteOlder(String prefix, List<String> claimedByLongerPrefixes, Instant before) {
        return jdbc.sql("""
                        delete from streams.event
                        where received_at < :before and starts_with(source, :prefix)
                          and not exists (select 1 from unnest(cast(:claimed as text[])) c
                                          where length(c) > length(:prefix) and starts_with(source, c))""")
                .param("before", java.sql.Timestamp.from(before)).param("prefix", prefix)
                .param("claimed", claimedByLongerPrefixes.toArray(String[]::new)).update();
    }

    public List<Partition> partitions() {
        return jdbc.sql("""
                        select c.relname, pg_get_expr(c.relpartbound, c.oid),
                               cast(substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \\(''([^'']+)''\\)') as timestamptz),
                               greatest(c.reltuples, 0)::bigint, pg_total_relation_size(c.oid)
                        from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = 'streams.event'::regclass order by c.relname""")
                .query((rs, n) -> {
                    OffsetDateTime upper = rs.getObject(3, OffsetDateTime.class);
                    return new Partition(rs.getString(1), rs.getString(2), upper == null ? null : upper.toInstant(),
                            rs.getLong(4), rs.getLong(5));
                })
                .list();
    }
}
