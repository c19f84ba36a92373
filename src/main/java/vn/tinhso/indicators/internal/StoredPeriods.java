package vn.tinhso.indicators.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.indicators.Period;

/**
 * The periods that have current values, remembered until values are written (the store forgets them after each
 * commit that adds values) and for at most a minute, for writes made by another node: scanning every value on each
 * page view would grow with the table.
 */
@Repository
class StoredPeriods implements PeriodsWithData {

    private static final long KEPT_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final JdbcClient jdbc;
    private volatile List<Period> cached;
    private volatile long cachedAt;

    StoredPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forget() {
        cached = null;
    }

    @Override
    public List<Period> periods() {
        List<Period> known = cached;
        if (known != null && System.nanoTime() - cachedAt < KEPT_NANOS) return known;
        Set<Period> periods = new LinkedHashSet<>();
        for (String code : jdbc.sql("select distinct period from indicators.data_value where known_to is null").query(String.class).list()) {
            Period p = Period.parse(code);
            periods.add(p);
            periods.add(Period.year(p.year()));
        }
        List<Period> sorted = periods.stream().sorted(Comparator.comparing(Period::end).reversed().thenComparing(Period::start)).toList();
        cachedAt = System.nanoTime();
        cached = sorted;
        return sorted;
    }
}
