package vn.tinhso.indicators.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.Period;

/**
 * The aggregation rule at import time: for one element and period, a subtree holds values at one
 * level only, so no roll-up adds a unit's own value to its children's. Finds where a batch would
 * break the rule and refuses it, or retires the stored values at the other level when asked to.
 */
@Component
class LevelOverlaps {

    /** A unit and one of its descendants, both with a value of the element for the period. */
    record Clash(String element, String period, String upper, String upperLevel, Integer upperLine,
                 String lower, String lowerLevel, Integer lowerLine) {

        boolean insideTheFile() {
            return upperLine != null && lowerLine != null;
        }

        /** The side already stored, which a replacing import retires. */
        String stored() {
            return upperLine == null ? upper : lower;
        }

        String describe() {
            String where = element + " for " + period + ": ";
            if (insideTheFile())
                return where + "line " + upperLine + " gives " + upperLevel + " " + upper + " a value and line " + lowerLine + " gives "
                        + lowerLevel + " " + lower + " inside it one too, so the " + upperLevel + " would be counted twice; keep one level";
            if (upperLine == null)
                return where + "line " + lowerLine + " gives " + lowerLevel + " " + lower + " a value, but " + upperLevel + " " + upper
                        + " above it already has its own, so the " + upperLevel + " would be counted twice";
            return where + "line " + upperLine + " gives " + upperLevel + " " + upper + " a value, but " + lowerLevel + " " + lower
                    + " inside it already has its own, so the " + upperLevel + " would be counted twice";
        }
    }

    private final JdbcClient jdbc;
    private final AncestorClosure closure;
    private final ValueStore store;

    LevelOverlaps(JdbcClient jdbc, AncestorClosure closure, ValueStore store) {
        this.jdbc = jdbc;
        this.closure = closure;
        this.store = store;
    }

    /**
     * Refuses a batch that gives values at two levels of one subtree, within itself or with the values
     * stored; with {@code replaceOtherLevel} the stored values at the other level are retired instead.
     * {@code lines} gives each value's line in the file, keyed by element, unit and period.
     * Call it before the batch is written, in the same transaction.
     */
    void enforce(List<DataValue> batch, Map<List<String>, Integer> lines, boolean replaceOtherLevel, Instant at) {
        Map<List<String>, Map<String, Integer>> byPair = new LinkedHashMap<>();
        for (DataValue v : batch)
            byPair.computeIfAbsent(List.of(v.element(), v.period()), k -> new LinkedHashMap<>())
                    .putIfAbsent(v.unit(), lines.getOrDefault(List.of(v.element(), v.unit(), v.period()), 0));
        Map<List<String>, Set<String>> stored = storedUnits(byPair.keySet());
        Map<LocalDate, Tree> trees = trees();
        List<Clash> refused = new ArrayList<>();
        Map<List<String>, Set<String>> toRetire = new LinkedHashMap<>();
        for (var pair : byPair.entrySet()) {
            Period period = Period.parse(pair.getKey().get(1));
            Set<String> all = new HashSet<>(pair.getValue().keySet());
            all.addAll(stored.getOrDefault(pair.getKey(), Set.of()));
            Tree tree = trees.computeIfAbsent(period.end(), d -> new Tree());
            tree.load(all, period.end());
            for (Clash c : clashes(pair.getKey().get(0), period, pair.getValue(), all, tree)) {
                if (replaceOtherLevel && !c.insideTheFile()) toRetire.computeIfAbsent(pair.getKey(), k -> new HashSet<>()).add(c.stored());
                else refused.add(c);
            }
        }
        if (!refused.isEmpty()) {
            boolean onlyStored = refused.stream().noneMatch(Clash::insideTheFile);
            throw new IllegalArgumentException(refused.get(0).describe()
                    + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more such pairs)" : "") + ". "
                    + (onlyStored ? "Import values at one level, or choose the option replaceOtherLevel to retire the other level's values."
                                  : "A file must give each element and period at one level only."));
        }
        toRetire.forEach((pair, units) -> store.retire(pair.get(0), pair.get(1), units, at));
    }

    /** Pairs of units at two levels: the file's units (unit → line) against each other and against the stored values. */
    List<Clash> clashes(String element, Period period, Map<String, Integer> fileUnits) {
        List<String> pair = List.of(element, period.code());
        Set<String> all = new HashSet<>(fileUnits.keySet());
        all.addAll(storedUnits(Set.of(pair)).getOrDefault(pair, Set.of()));
        Tree tree = new Tree();
        tree.load(all, period.end());
        return clashes(element, period, fileUnits, all, tree);
    }

    private List<Clash> clashes(String element, Period period, Map<String, Integer> fileUnits, Set<String> all, Tree tree) {
        List<Clash> clashes = new ArrayList<>();
        for (String lower : all)
            for (String upper : tree.ancestors.getOrDefault(lower, List.of())) {
                if (!all.contains(upper) || !fileUnits.containsKey(upper) && !fileUnits.containsKey(lower)) continue;
                clashes.add(new Clash(element, period.code(), upper, tree.levels.get(upper), fileUnits.get(upper), lower,
                        tree.levels.get(lower), fileUnits.get(lower)));
            }
        clashes.sort(java.util.Comparator.comparing((Clash c) -> c.lowerLine() == null ? Integer.MAX_VALUE : c.lowerLine())
                .thenComparing(c -> c.upperLine() == null ? Integer.MAX_VALUE : c.upperLine())
                .thenComparing(Clash::lower).thenComparing(Clash::upper));
        return clashes;
    }

    /**
     * The trees of an import's transaction: its batches share the periods' dates, so each date's ancestors are read once
     * per import instead of once per batch.
     */
    @SuppressWarnings("unchecked")
    private Map<LocalDate, Tree> trees() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return new HashMap<>();
        Map<LocalDate, Tree> trees = (Map<LocalDate, Tree>) TransactionSynchronizationManager.getResource(TREES);
        if (trees != null) return trees;
        Map<LocalDate, Tree> fresh = new HashMap<>();
        TransactionSynchronizationManager.bindResource(TREES, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TREES);
            }
        });
        return fresh;
    }

    private static final Object TREES = new Object();

    /**
     * The units with a current value for each of the (element, period) pairs, in one query for a whole batch: each pair
     * probes the index on element and period dates (a lateral subquery, so that a planner misled by an import's growing
     * values table cannot scan that table once per pair instead, see {@link IndexProbes}).
     */
    private Map<List<String>, Set<String>> storedUnits(Set<List<String>> pairs) {
        Map<List<String>, Set<String>> stored = new HashMap<>();
        if (pairs.isEmpty()) return stored;
        List<Period> periods = pairs.stream().map(p -> Period.parse(p.get(1))).toList();
        IndexProbes.run(jdbc, () -> jdbc.sql("""
                select distinct p.element, p.period, d.unit_code
                from unnest(cast(:elements as text[]), cast(:periods as text[]), cast(:starts as date[]), cast(:ends as date[]))
                  p(element, period, period_start, period_end)
                cross join lateral (select d.unit_code from indicators.data_value d
                    where d.element = p.element and d.period_start = p.period_start and d.period_end = p.period_end
                      and d.period = p.period and d.known_to is null offset 0) d""")
                .param("elements", pairs.stream().map(p -> p.get(0)).toArray(String[]::new))
                .param("periods", periods.stream().map(Period::code).toArray(String[]::new))
                .param("starts", periods.stream().map(p -> java.sql.Date.valueOf(p.start())).toArray(java.sql.Date[]::new))
                .param("ends", periods.stream().map(p -> java.sql.Date.valueOf(p.end())).toArray(java.sql.Date[]::new))
                .query(rs -> {
                    stored.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new HashSet<>()).add(rs.getString(3));
                }));
        return stored;
    }

    /** The ancestors of units as the boundaries stood on one date, loaded for the units not asked about before. */
    private final class Tree {
        final Map<String, String> levels = new HashMap<>();
        final Map<String, List<String>> ancestors = new HashMap<>();
        private final Set<String> loaded = new HashSet<>();

        void load(Set<String> units, LocalDate date) {
            List<String> missing = units.stream().filter(u -> !loaded.contains(u)).toList();
            if (missing.isEmpty()) return;
            closure.ensureBuilt();
            loaded.addAll(missing);
            jdbc.sql("""
                    select unit_code, ancestor_code, ancestor_level from indicators.unit_ancestor
                    where unit_code = any(:units) and valid_from <= :d and (valid_to is null or valid_to > :d)""")
                    .param("units", missing.toArray(String[]::new)).param("d", date)
                    .query(rs -> {
                        String unit = rs.getString(1), ancestor = rs.getString(2);
                        levels.put(ancestor, rs.getString(3));
                        if (!unit.equals(ancestor)) ancestors.computeIfAbsent(unit, k -> new ArrayList<>()).add(ancestor);
                    });
        }
    }

    /** Units that hold a value while one of their ancestors holds one for the same element and period, as stored now. */
    List<StoredOverlap> stored(int limit) {
        closure.ensureBuilt();
        return jdbc.sql("""
                select o.element, o.period, max(o.period_end), o.unit_code, up.ancestor_level, self.ancestor_level, count(distinct v.unit_code)
                from indicators.data_value v
                join indicators.unit_ancestor up on up.unit_code = v.unit_code and up.ancestor_code <> v.unit_code
                     and up.valid_from <= v.period_end and (up.valid_to is null or up.valid_to > v.period_end)
                join indicators.unit_ancestor self on self.unit_code = v.unit_code and self.ancestor_code = v.unit_code
                     and self.valid_from = up.valid_from
                join indicators.data_value o on o.element = v.element and o.period = v.period and o.unit_code = up.ancestor_code
                     and o.known_to is null
                where v.known_to is null
                group by o.element, o.period, o.unit_code, up.ancestor_level, self.ancestor_level
                order by o.element, max(o.period_end) desc, o.unit_code limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new StoredOverlap(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
    }

    record StoredOverlap(String element, String period, LocalDate periodEnd, String unit, String level, String lowerLevel, int lowerUnits) {
    }
}
