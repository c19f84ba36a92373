package vn.tinhso.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.UnitsChanged;

/**
 * Copies the territory tree into {@code indicators.unit_ancestor}: for every interval in which no
 * unit changed, each unit with itself and all its ancestors. Built on first use, and again after the
 * territory reports new or changed units; each rebuild also recomputes the roll-ups of the values whose
 * units moved in the tree, so values written before the rebuild reach their new ancestors too.
 */
@Component
class AncestorClosure {

    private final Territory territory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Rollups rollups;
    private volatile boolean built;
    private volatile TreeSet<LocalDate> epochs = new TreeSet<>();

    AncestorClosure(Territory territory, JdbcClient jdbc, PlatformTransactionManager transactions, Rollups rollups) {
        this.territory = territory;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        // Its own transaction: built inside an import that is then refused, the copy must not roll back with it.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rollups = rollups;
    }

    /**
     * After the units' transaction has committed, from the event publication registry: a failed rebuild is
     * retried, and rebuilding an unchanged tree changes nothing.
     */
    @ApplicationModuleListener
    void on(UnitsChanged event) {
        synchronized (this) {
            built = false;
            ensureBuilt();
        }
    }

    synchronized void ensureBuilt() {
        if (built) return;
        // One transaction: requests running meanwhile keep reading the previous copy whole.
        transaction.executeWithoutResult(status -> rebuild());
        built = true;
    }

    private void rebuild() {
        TreeSet<LocalDate> boundaries = new TreeSet<>(List.of(LocalDate.of(1900, 1, 1)));
        TreeSet<LocalDate> pending = new TreeSet<>(List.of(LocalDate.now(), LocalDate.of(1900, 1, 1)));
        // Find every date on which a unit began or ended, starting from today's and the oldest units.
        while (!pending.isEmpty()) {
            LocalDate d = pending.pollFirst();
            for (AdminUnit u : territory.units(d, null, null)) {
                for (LocalDate b : new LocalDate[] {u.validFrom(), u.validTo()}) {
                    if (b == null || !boundaries.add(b)) continue;
                    // The units just before a boundary belong to the previous interval.
                    pending.add(b);
                    pending.add(b.minusDays(1));
                }
            }
        }
        List<LocalDate> starts = new ArrayList<>(boundaries);
        jdbc.sql("create temp table previous_ancestor on commit drop as select * from indicators.unit_ancestor").update();
        jdbc.sql("delete from indicators.unit_ancestor").update();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1) : null;
            UnitTree tree = new UnitTree(from, territory.units(from, null, null));
            for (AdminUnit u : territory.units(from, null, null)) {
                AdminUnit a = u;
                int guard = 0;
                while (a != null && guard++ < 16) {
                    jdbc.sql("insert into indicators.unit_ancestor values (:u, :f, :t, :a, :l) on conflict do nothing")
                            .param("u", u.code()).param("f", from).param("t", to).param("a", a.code()).param("l", a.level()).update();
                    a = a.parentCode() == null ? null : tree.unit(a.parentCode());
                }
            }
        }
        rollups.refreshUnits("""
                select unit_code from ((table indicators.unit_ancestor except table previous_ancestor)
                    union all (table previous_ancestor except table indicators.unit_ancestor)) moved""");
        jdbc.sql("drop table previous_ancestor").update();
        epochs = boundaries;
    }

    /** Whether no unit began or ended between the earliest and the latest of the dates. */
    boolean sameBoundaries(LocalDate... dates) {
        ensureBuilt();
        LocalDate first = null;
        for (LocalDate d : dates) {
            LocalDate start = epochs.floor(d);
            if (first == null) first = start;
            else if (!first.equals(start)) return false;
        }
        return true;
    }
}
