package vn.tinhso.indicators.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.indicators.Period;

/**
 * {@code indicators.rollup}: each element's current values summed over every ancestor, as the boundaries stood,
 * from the lowest level that holds data in each subtree (a unit's own value is never added to its children's).
 */
@Repository
class Rollups {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Rollups.class);

    private final JdbcClient jdbc;
    private final int pairsPerPass;
    private final String workMem;

    Rollups(JdbcClient jdbc, @Value("${tinhso.indicators.rollup.pairs-per-pass:1000}") int pairsPerPass,
            @Value("${tinhso.indicators.rollup.work-mem:128MB}") String workMem) {
        this.jdbc = jdbc;
        this.pairsPerPass = pairsPerPass;
        this.workMem = workMem;
    }

    /** Recomputes the roll-ups of the (element, period) pairs the query selects from the current values. */
    void refresh(String elementPeriods) {
        refresh(elementPeriods, Map.of());
    }

    /**
     * As {@link #refresh(String)}, with named parameters for the query. The pairs are summed a slice at a time, each
     * slice's values found through the index on element and period dates: an import of millions of values then sums
     * in memory-sized passes instead of one aggregation spilling to disk.
     */
    void refresh(String elementPeriods, Map<String, Object> params) {
        List<String[]> pairs = jdbc.sql("select distinct element, period from (" + elementPeriods + ") q order by 1, 2").params(params)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (pairs.isEmpty()) return;
        // Summing a slice groups hundreds of thousands of values: in memory, not in batches on disk.
        jdbc.sql("select set_config('work_mem', :m, true)").param("m", workMem).query(String.class).single();
        jdbc.sql("""
                create temp table if not exists rollup_slice (element text, period text, period_start date, period_end date)
                on commit delete rows""").update();
        jdbc.sql("create temp table if not exists rollup_covered (element text, period text, unit_code text) on commit delete rows").update();
        jdbc.sql("""
                create temp table if not exists rollup_values (element text, period text, period_start date, period_end date,
                    unit_code text, value numeric) on commit delete rows""").update();
        for (int from = 0; from < pairs.size(); from += pairsPerPass) {
            refreshSlice(pairs.subList(from, Math.min(pairs.size(), from + pairsPerPass)));
        }
    }

    private void refreshSlice(List<String[]> pairs) {
        List<Period> periods = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) periods.add(Period.parse(pair[1]));
        jdbc.sql("truncate rollup_slice").update();
        jdbc.sql("""
                insert into rollup_slice
                select * from unnest(cast(:elements as text[]), cast(:periods as text[]), cast(:starts as date[]), cast(:ends as date[]))""")
                .param("elements", pairs.stream().map(p -> p[0]).toArray(String[]::new))
                .param("periods", pairs.stream().map(p -> p[1]).toArray(String[]::new))
                .param("starts", periods.stream().map(p -> Date.valueOf(p.start())).toArray(Date[]::new))
                .param("ends", periods.stream().map(p -> Date.valueOf(p.end())).toArray(Date[]::new))
                .update();
        jdbc.sql("analyze rollup_slice").update();
        // The slice's values and old sums are found by index probes driven from the slice (lateral subqueries the planner
        // cannot turn around), whatever it believes of tables an import is still growing; what is summed then sits in a
        // small table with true statistics.
        jdbc.sql("truncate rollup_values").update();
        long t0 = System.nanoTime();
        IndexProbes.run(jdbc, () -> {
            jdbc.sql("""
                    delete from indicators.rollup where ctid = any(array(
                        select r.ctid from rollup_slice s
                        cross join (select distinct ancestor_level from indicators.unit_ancestor) l
                        cross join lateral (select r.ctid from indicators.rollup r where r.element = s.element
                            and r.level = l.ancestor_level and r.period_start = s.period_start and r.period_end = s.period_end
                            and r.period = s.period offset 0) r))""").update();
            jdbc.sql("""
                    insert into rollup_values
                    select s.element, s.period, s.period_start, s.period_end, v.unit_code, v.value
                    from rollup_slice s
                    cross join lateral (select v.unit_code, v.value from indicators.data_value v where v.element = s.element
                        and v.period_start = s.period_start and v.period_end = s.period_end and v.period = s.period
                        and v.known_to is null offset 0) v""").update();
        });
        jdbc.sql("analyze rollup_values").update();
        long t1 = System.nanoTime();
        // The aggregation rule, set-based: a unit above another unit with a value of the same element and period
        // is "covered", and its own value is left out, so every subtree sums its lowest level that holds data.
        jdbc.sql("truncate rollup_covered").update();
        jdbc.sql("""
                insert into rollup_covered
                select distinct v.element, v.period, a.ancestor_code
                from rollup_values v
                join indicators.unit_ancestor a on a.unit_code = v.unit_code and a.ancestor_code <> v.unit_code
                     and a.valid_from <= v.period_end and (a.valid_to is null or a.valid_to > v.period_end)""").update();
        jdbc.sql("analyze rollup_covered").update();
        long t2 = System.nanoTime();
        jdbc.sql("""
                insert into indicators.rollup (element, unit_code, level, period, period_start, period_end, value)
                select v.element, a.ancestor_code, a.ancestor_level, v.period, v.period_start, v.period_end, sum(v.value)::float8
                from rollup_values v
                join indicators.unit_ancestor a on a.unit_code = v.unit_code and a.valid_from <= v.period_end
                     and (a.valid_to is null or a.valid_to > v.period_end)
                left join rollup_covered c on c.element = v.element and c.period = v.period and c.unit_code = v.unit_code
                where c.unit_code is null
                group by 1, 2, 3, 4, 5, 6""").update();
        if (log.isDebugEnabled())
            log.debug("{} element-periods: values gathered in {} ms, covered units in {} ms, sums written in {} ms", pairs.size(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
    }

    /** Recomputes the roll-ups of every element and period with a current value on one of the units the query selects. */
    void refreshUnits(String unitCodes) {
        refresh("select distinct element, period from indicators.data_value where known_to is null and unit_code in (" + unitCodes + ")");
    }
}
