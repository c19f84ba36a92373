package vn.tinhso.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Recasting;

@Service
class AnalyticsService implements Analytics {

    static final int MAX_ROWS = 50_000;

    private final PackCatalog catalog;
    private final ValueStore store;
    private final Territory territory;
    private final Map<LocalDate, UnitTree> trees = new ConcurrentHashMap<>();
    private final Recasting recasting;
    private final Map<String, Map<String, Double>> successors = new ConcurrentHashMap<>();

    AnalyticsService(PackCatalog catalog, ValueStore store, Territory territory, Recasting recasting) {
        this.catalog = catalog;
        this.store = store;
        this.territory = territory;
        this.recasting = recasting;
    }

    @Override
    public List<Row> query(Request request) {
        Definitions d = catalog.definitions;
        for (String code : request.codes())
            if (!d.indicators.containsKey(code) && !d.elements.containsKey(code))
                throw new NotFoundException("no indicator or data element '" + code + "'");
        if (request.periods().isEmpty()) throw new IllegalArgumentException("name at least one period");
        LocalDate today = LocalDate.now(ValueStore.VIETNAM);
        List<Row> rows = new ArrayList<>();
        Map<LocalDate, Evaluation> evaluations = new java.util.HashMap<>();
        Map<String, List<RawRow>> rowCache = new java.util.HashMap<>();
        Period first = request.periods().stream().min(Comparator.comparing(Period::start)).orElseThrow();
        Period last = request.periods().stream().max(Comparator.comparing(Period::end)).orElseThrow();
        List<LocalDate> missing = new ArrayList<>();
        for (Period period : request.periods()) {
            LocalDate date = request.boundaries() == Boundaries.TODAY ? today : period.end();
            UnitTree tree = tree(date);
            Evaluation evaluation = evaluations.computeIfAbsent(date, k -> {
                Evaluation e = new Evaluation(d, store, tree, this::successorsOf, request.knownOn(), rowCache);
                e.prefetchWindow(first, last);
                return e;
            });
            AdminUnit root = tree.unit(request.unit());
            if (root == null) {
                missing.add(date);
                continue;
            }
            List<AdminUnit> units = request.level() == null || request.level().isBlank() || request.level().equals(root.level())
                    ? List.of(root) : tree.within(root.code(), request.level());
            if (rows.size() + (long) units.size() * request.codes().size() > MAX_ROWS)
                throw new IllegalArgumentException("the request asks for more than " + MAX_ROWS + " rows; ask for fewer periods, a higher level or a smaller unit");
            for (String code : request.codes()) {
                for (AdminUnit unit : units) {
                    if (d.indicators.containsKey(code)) {
                        Evaluation.Result r = evaluation.indicator(code, unit.code(), unit.level(), period);
                        int decimals = d.indicators.get(code).indicator().decimals();
                        rows.add(new Row(code, period.code(), unit.code(), unit.name(), round(r.value(), decimals),
                                request.withNumeratorDenominator() ? round(r.numerator(), 6) : null,
                                request.withNumeratorDenominator() ? round(r.denominator(), 6) : null));
                    } else {
                        rows.add(new Row(code, period.code(), unit.code(), unit.name(),
                                round(evaluation.element(code, Map.of(), unit.code(), unit.level(), period), 6), null, null));
                    }
                }
            }
        }
        if (missing.size() == request.periods().size())
            throw new NotFoundException("no unit " + request.unit() + " on " + missing.get(0) + " (units are known from 2020)");
        return rows;
    }

    /** Units of a level on a date, in the tree the analytics use (for pages that list or map them). */
    List<AdminUnit> units(LocalDate date, String root, String level) {
        UnitTree tree = tree(date);
        return tree.unit(root) == null ? List.of() : tree.within(root, level);
    }

    /** Evaluates a validation rule for every unit of its level under a root; returns the units that break it. */
    List<String[]> violations(Definitions.CompiledRule rule, String root, Period period) {
        LocalDate date = period.end();
        UnitTree tree = tree(date);
        Evaluation evaluation = new Evaluation(catalog.definitions, store, tree, this::successorsOf, null);
        List<String[]> broken = new ArrayList<>();
        if (tree.unit(root) == null) return broken;
        Expr.Binary check = (Expr.Binary) rule.check();
        for (AdminUnit u : tree.within(root, rule.rule().level())) {
            Double left = evaluation.eval(check.left(), u.code(), u.level(), period);
            Double right = evaluation.eval(check.right(), u.code(), u.level(), period);
            Double ok = evaluation.eval(check, u.code(), u.level(), period);
            if (ok != null && ok == 0) broken.add(new String[] {u.code(), u.name(), String.valueOf(left), String.valueOf(right)});
        }
        return broken;
    }

    private UnitTree tree(LocalDate date) {
        if (trees.size() > 256) trees.clear();
        return trees.computeIfAbsent(date, k -> new UnitTree(k, territory.units(k, null, null)));
    }

    private Map<String, Double> successorsOf(String code, LocalDate recorded, LocalDate to) {
        if (successors.size() > 100_000) successors.clear();
        return successors.computeIfAbsent(code + '|' + recorded + '|' + to, k -> {
            Map<String, Double> shares = new java.util.HashMap<>();
            recasting.recast(Map.of(code, BigDecimal.ONE), recorded, to).values().forEach((c, share) -> shares.put(c, share.doubleValue()));
            return shares;
        });
    }

    static Double round(Double v, int decimals) {
        if (v == null || v.isNaN() || v.isInfinite()) return null;
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
