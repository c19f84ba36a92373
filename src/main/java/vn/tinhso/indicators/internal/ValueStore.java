package vn.tinhso.indicators.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.ValueProvenance;
import vn.tinhso.indicators.ValueStatus;

/** Raw values in {@code indicators.data_value}: COPY into a staging table, then close changed rows and add new ones. */
@Repository
class ValueStore implements DataValues {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ValueStore.class);

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AncestorClosure closure;
    private final Rollups rollups;
    private final StoredPeriods periods;

    ValueStore(JdbcClient jdbc, DataSource dataSource, AncestorClosure closure, Rollups rollups, StoredPeriods periods) {
        this.periods = periods;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.closure = closure;
        this.rollups = rollups;
    }

    @Override
    @Transactional
    public int write(List<DataValue> values, Long datasetVersionId, Instant knownFrom) {
        return writeCounting(values, datasetVersionId, knownFrom).added();
    }

    @Override
    @Transactional
    public Written writeCounting(List<DataValue> values, Long datasetVersionId, Instant knownFrom) {
        if (values.isEmpty()) return new Written(0, 0, 0, List.of());
        Instant at = knownFrom == null ? Instant.now() : knownFrom;
        jdbc.sql("""
                create temp table if not exists indicators_staging (element text, disagg text, unit_code text, period text,
                    period_start date, period_end date, value numeric, status text, stored_by text, created timestamptz,
                    last_updated timestamptz, comment text, followup boolean) on commit delete rows""").update();
        jdbc.sql("truncate indicators_staging").update();
        long t0 = System.nanoTime();
        copy(values);
        Timestamp k = Timestamp.from(at);
        long t1 = System.nanoTime();
        // A value equal to the current one is not a revision; a status change (estimate → official) is. The staged rows
        // drive the lookups (a lateral subquery the planner cannot turn around): a planner that believed the growing
        // values table small once scanned the whole batch for every stored value, 94 s for one batch.
        List<Replaced> replaced = new ArrayList<>();
        List<Long> revised = new ArrayList<>();
        IndexProbes.run(jdbc, () -> jdbc.sql("""
                        select d.id, s.element, s.disagg, s.unit_code, s.period, d.value, s.value from indicators_staging s
                        cross join lateral (select d.id, d.value, d.status from indicators.data_value d
                            where d.element = s.element and d.disagg = s.disagg and d.unit_code = s.unit_code and d.period = s.period
                              and d.known_to is null offset 0) d
                        where d.value <> s.value or d.status <> s.status""")
                .query(rs -> {
                    revised.add(rs.getLong(1));
                    if (replaced.size() < Written.REPLACED_KEPT)
                        replaced.add(new Replaced(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getBigDecimal(6), rs.getBigDecimal(7)));
                }));
        int[] closed = {0};
        for (int from = 0; from < revised.size(); from += 10_000) {
            Long[] ids = revised.subList(from, Math.min(revised.size(), from + 10_000)).toArray(Long[]::new);
            IndexProbes.run(jdbc, () -> closed[0] += jdbc.sql("update indicators.data_value set known_to = greatest(:k, known_from) where id = any(:ids)")
                    .param("k", k).param("ids", ids).update());
        }
        long t3 = System.nanoTime();
        int added = jdbc.sql("""
                insert into indicators.data_value (element, disagg, unit_code, period, period_start, period_end, value, status, dataset_version, known_from,
                    stored_by, created, last_updated, comment, followup)
                select s.element, s.disagg, s.unit_code, s.period, s.period_start, s.period_end, s.value, s.status, :version, :k,
                    s.stored_by, s.created, s.last_updated, s.comment, s.followup
                from indicators_staging s
                on conflict (element, disagg, unit_code, period) where known_to is null do nothing""")
                .param("version", datasetVersionId).param("k", k).update();
        long t4 = System.nanoTime();
        if (added > 0) refreshRollups("select distinct element, period from indicators_staging", Map.of());
        if (log.isDebugEnabled())
            log.debug("{} values: staged in {} ms, revisions closed in {} ms, inserted in {} ms, roll-ups noted in {} ms", values.size(),
                    (t1 - t0) / 1_000_000, (t3 - t1) / 1_000_000, (t4 - t3) / 1_000_000, (System.nanoTime() - t4) / 1_000_000);
        // A replaced value is closed and inserted again; a value equal to the stored one is neither.
        return new Written(added - closed[0], closed[0], values.size() - added, replaced);
    }

    /** Closes the current values of an element and period at the units, all disaggregations, and refreshes the roll-ups. */
    int retire(String element, String period, Collection<String> units, Instant at) {
        int closed = jdbc.sql("""
                update indicators.data_value set known_to = greatest(:k, known_from)
                where element = :e and period = :p and unit_code = any(:units) and known_to is null""")
                .param("k", Timestamp.from(at)).param("e", element).param("p", period).param("units", units.toArray(String[]::new)).update();
        if (closed > 0) refreshRollups("select cast(:e as text) as element, cast(:p as text) as period", Map.of("e", element, "p", period));
        return closed;
    }

    /** Recomputes the roll-ups of the elements and periods {@code pairs} selects from the current values. */
    private void refreshRollups(String pairs, Map<String, Object> params) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            closure.ensureBuilt();
            rollups.refresh(pairs, params);
            periods.forget();
            return;
        }
        // An import writes many batches in one transaction: the pairs are noted and summed once, just before it commits.
        jdbc.sql("create temp table if not exists rollup_pending (element text, period text) on commit delete rows").update();
        jdbc.sql("insert into rollup_pending " + pairs).params(params).update();
        if (TransactionSynchronizationManager.hasResource(PENDING)) return;
        TransactionSynchronizationManager.bindResource(PENDING, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                closure.ensureBuilt();
                // The import may have grown the values table many times over since the planner last looked at it.
                long r0 = System.nanoTime();
                jdbc.sql("analyze indicators.data_value").update();
                long r1 = System.nanoTime();
                rollups.refresh("select distinct element, period from rollup_pending");
                log.debug("before commit: values analysed in {} ms, roll-ups summed in {} ms", (r1 - r0) / 1_000_000,
                        (System.nanoTime() - r1) / 1_000_000);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                if (status == STATUS_COMMITTED) periods.forget();
            }
        });
    }

    /** Marks a transaction that has roll-ups to refresh before it commits. */
    private static final Object PENDING = new Object();

    /** Whether roll-ups of values between two dates fit a tree of {@code treeDate}; if not, the raw rows must be recast. */
    boolean sameBoundaries(LocalDate from, LocalDate to, LocalDate treeDate) {
        return closure.sameBoundaries(from, to, treeDate);
    }

    /** Roll-ups of an element at a level between two dates: each unit's subtree summed, as the boundaries stood then. */
    List<RawRow> rollups(String element, String level, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select unit_code, period_start, period_end, value from indicators.rollup
                where element = :e and level = :l and period_start >= :s and period_end <= :end""")
                .param("e", element).param("l", level).param("s", from).param("end", to)
                .query((rs, n) -> new RawRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getDouble(4)))
                .list();
    }

    private void copy(List<DataValue> values) {
        StringBuilder text = new StringBuilder(values.size() * 64);
        for (DataValue v : values) {
            Period p = Period.parse(v.period());
            text.append(clean(v.element())).append('\t').append(clean(v.disaggregation())).append('\t').append(clean(v.unit())).append('\t')
                    .append(p.code()).append('\t').append(p.start()).append('\t').append(p.end()).append('\t')
                    .append(v.value().toPlainString()).append('\t').append(v.status().name()).append('\t');
            ValueProvenance from = v.provenance();
            text.append(nullable(from.storedBy())).append('\t').append(nullable(from.created())).append('\t')
                    .append(nullable(from.lastUpdated())).append('\t').append(nullable(from.comment())).append('\t')
                    .append(nullable(from.followup())).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy indicators_staging from stdin", new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not copy data values: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY's text for a value that may be missing ({@code \N}). */
    private static String nullable(Object value) {
        return value == null ? "\\N" : clean(value.toString());
    }

    private static String clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\\')
                return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('\\', '/');
        }
        return s;
    }

    @Override
    public List<Revision> history(String element, String disaggregation, String unit, String period) {
        return jdbc.sql("""
                select value, status, dataset_version, known_from, known_to from indicators.data_value
                where element = :e and disagg = :d and unit_code = :u and period = :p order by known_from""")
                .param("e", element).param("d", disaggregation == null ? "" : disaggregation).param("u", unit)
                .param("p", Period.parse(period).code())
                .query((rs, n) -> new Revision(rs.getBigDecimal(1), ValueStatus.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Override
    public List<DataValue> raw(String element, Period period, LocalDate knownOn, int limit) {
        return jdbc.sql("select element, disagg, unit_code, period, value, status from indicators.data_value d where element = :e"
                        + " and period_start >= :s and period_end <= :end and " + known(knownOn)
                        + " order by period_start, unit_code, disagg limit :limit")
                .param("e", element).param("s", period.start()).param("end", period.end()).param("limit", limit)
                .params(knownParams(knownOn))
                .query((rs, n) -> new DataValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), ValueStatus.valueOf(rs.getString(6))))
                .list();
    }

    @Override
    public List<Source> sources(String element, Period period, String unit) {
        return jdbc.sql("""
                select d.dataset_version, count(*) from indicators.data_value d
                where d.element = :e and d.period_start >= :s and d.period_end <= :end and d.known_to is null
                  and (d.unit_code = :u or exists (select from indicators.unit_ancestor a where a.unit_code = d.unit_code
                       and a.ancestor_code = :u and a.valid_from <= d.period_end and (a.valid_to is null or a.valid_to > d.period_end)))
                group by d.dataset_version order by d.dataset_version nulls last""")
                .param("e", element).param("s", period.start()).param("end", period.end()).param("u", unit)
                .query((rs, n) -> new Source(element, (Long) rs.getObject(1), rs.getInt(2))).list();
    }

    @Override
    public List<Stored> stored(String element, Period period, Long datasetVersion, LocalDate knownOn, int limit) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new java.util.HashMap<>();
        if (element != null) {
            where.append(" and element = :e");
            params.put("e", element);
        }
        if (period != null) {
            where.append(" and period_start >= :s and period_end <= :end");
            params.put("s", period.start());
            params.put("end", period.end());
        }
        if (datasetVersion != null) {
            where.append(" and dataset_version = :v");
            params.put("v", datasetVersion);
        } else {
            where.append(" and ").append(known(knownOn));
            params.putAll(knownParams(knownOn));
        }
        return jdbc.sql("select element, disagg, unit_code, period, value, status, dataset_version, known_from, known_to,"
                        + " stored_by, created, last_updated, comment, followup from indicators.data_value d where " + where
                        + " order by element, period_start, unit_code, disagg, known_from limit :limit")
                .params(params).param("limit", limit)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        ValueStatus.valueOf(rs.getString(6)), (Long) rs.getObject(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        new ValueProvenance(rs.getString(10), rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(),
                                rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getString(13),
                                (Boolean) rs.getObject(14))))
                .list();
    }

    /** Values of an element between two dates, summed over the disaggregations that match the filter. */
    List<RawRow> rows(String element, Map<String, String> disaggregation, LocalDate from, LocalDate to, LocalDate knownOn) {
        StringBuilder sql = new StringBuilder("""
                select unit_code, period_start, period_end, sum(value)::float8 from indicators.data_value d
                where element = :e and period_start >= :s and period_end <= :end and""").append(' ').append(known(knownOn));
        List<String> filters = new ArrayList<>();
        disaggregation.forEach((k, v) -> filters.add("%;" + k + "=" + v + ";%"));
        for (int i = 0; i < filters.size(); i++) sql.append(" and (';' || disagg || ';') like :f").append(i);
        sql.append(" group by unit_code, period_start, period_end");
        var spec = jdbc.sql(sql.toString()).param("e", element).param("s", from).param("end", to).params(knownParams(knownOn));
        for (int i = 0; i < filters.size(); i++) spec = spec.param("f" + i, filters.get(i));
        return spec.query((rs, n) -> new RawRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getDouble(4))).list();
    }

    private static String known(LocalDate knownOn) {
        return knownOn == null ? "known_to is null" : "known_from < :k and (known_to is null or known_to >= :k)";
    }

    private static Map<String, Object> knownParams(LocalDate knownOn) {
        return knownOn == null ? Map.of() : Map.of("k", Timestamp.from(knownOn.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(VIETNAM).toInstant()));
    }
}
