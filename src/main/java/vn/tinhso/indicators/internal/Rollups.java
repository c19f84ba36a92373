package vn.tinhso.indicators.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code indicators.rollup}: each element's current values summed over every ancestor, as the boundaries stood,
 * from the lowest level that holds data in each subtree (a unit's own value is never added to its children's).
 */
@Repository
class Rollups {

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the roll-ups of the (element, period) pairs the query selects from the current values. */
    void refresh(String elementPeriods) {
        refresh(elementPeriods, java.util.Map.of());
    }

    /** As {@link #refresh(String)}, with named parameters for the query. */
    void refresh(String elementPeriods, java.util.Map<String, Object> params) {
        jdbc.sql("create temp table if not exists rollup_keys (element text, period text) on commit delete rows").update();
        jdbc.sql("truncate rollup_keys").update();
        jdbc.sql("insert into rollup_keys " + elementPeriods).params(params).update();
        jdbc.sql("""
                delete from indicators.rollup r using (select distinct element, period from rollup_keys) s
                where r.element = s.element and r.period = s.period""").update();
        // The aggregation rule, set-based: a unit above another unit with a value of the same element and period
        // is "covered", and its own value is left out, so every subtree sums its lowest level that holds data.
        jdbc.sql("create temp table if not exists rollup_covered (element text, period text, unit_code text) on commit delete rows").update();
        jdbc.sql("truncate rollup_covered").update();
        jdbc.sql("""
                insert into rollup_covered
                select distinct v.element, v.period, a.ancestor_code
                from indicators.data_value v
                join (select distinct element, period from rollup_keys) s on s.element = v.element and s.period = v.period
                join indicators.unit_ancestor a on a.unit_code = v.unit_code and a.ancestor_code <> v.unit_code
                     and a.valid_from <= v.period_end and (a.valid_to is null or a.valid_to > v.period_end)
                where v.known_to is null""").update();
        jdbc.sql("analyze rollup_covered").update();
        jdbc.sql("""
                insert into indicators.rollup (element, unit_code, level, period, period_start, period_end, value)
                select v.element, a.ancestor_code, a.ancestor_level, v.period, v.period_start, v.period_end, sum(v.value)::float8
                from indicators.data_value v
                join (select distinct element, period from rollup_keys) s on s.element = v.element and s.period = v.period
                join indicators.unit_ancestor a on a.unit_code = v.unit_code and a.valid_from <= v.period_end
                     and (a.valid_to is null or a.valid_to > v.period_end)
                left join rollup_covered c on c.element = v.element and c.period = v.period and c.unit_code = v.unit_code
                where v.known_to is null and c.unit_code is null
                group by 1, 2, 3, 4, 5, 6""").update();
    }

    /** Recomputes the roll-ups of every element and period with a current value on one of the units the query selects. */
    void refreshUnits(String unitCodes) {
        refresh("select distinct element, period from indicators.data_value where known_to is null and unit_code in (" + unitCodes + ")");
    }
}
