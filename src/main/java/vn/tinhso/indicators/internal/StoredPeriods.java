package vn.tinhso.indicators.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.PeriodsWithData;

/** Read at each call, so a period a new import brought is offered at once. */
@Repository
class StoredPeriods implements PeriodsWithData {

    private final JdbcClient jdbc;

    StoredPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Period> periods() {
        Set<Period> periods = new LinkedHashSet<>();
        for (String code : jdbc.sql("select distinct period from indicators.data_value where known_to is null").query(String.class).list()) {
            Period p = Period.parse(code);
            periods.add(p);
            periods.add(Period.year(p.year()));
        }
        return periods.stream().sorted(Comparator.comparing(Period::end).reversed().thenComparing(Period::start)).toList();
    }
}
