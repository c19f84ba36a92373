package vn.tinhso.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.indicators.Aggregation;
import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.Period;
import vn.tinhso.territory.AdminUnit;

/**
 * One analytics request's evaluation: element values are fetched once per element and period,
 * placed on the tree of the request (recasting units that no longer exist through their mappings),
 * aggregated per unit of a level, and kept for every expression that needs them.
 */
final class Evaluation {

    record Result(Double value, Double numerator, Double denominator) {
    }

    private record ElementKey(String code, Map<String, String> disaggregation, Period period, String level) {
    }

    private record Placement(String unit, double weight) {
    }

    private final Definitions definitions;
    private final ValueStore store;
    private final UnitTree tree;
    private final Successors successors;
    private final LocalDate knownOn;
    private final Map<ElementKey, Map<String, Double>> elementValues = new HashMap<>();
    private final Map<String, Result> indicatorValues = new HashMap<>();
    private final Map<String, List<RawRow>> rows;
    private final Map<String, List<Placement>> placements = new HashMap<>();
    private Period window;

    /** Where the value of a unit that no longer exists went: successor code → share, through every reorganisation up to {@code to}. */
    interface Successors {
        Map<String, Double> of(String code, LocalDate recorded, LocalDate to);
    }

    Evaluation(Definitions definitions, ValueStore store, UnitTree tree, Successors successors, LocalDate knownOn) {
        this(definitions, store, tree, successors, knownOn, new HashMap<>());
    }

    /** {@code rowCache} may be shared by the evaluations of one request: raw rows do not depend on the tree. */
    Evaluation(Definitions definitions, ValueStore store, UnitTree tree, Successors successors, LocalDate knownOn,
               Map<String, List<RawRow>> rowCache) {
        this.rows = rowCache;
        this.definitions = definitions;
        this.store = store;
        this.tree = tree;
        this.successors = successors;
        this.knownOn = knownOn;
    }

    /** Elements are read for this whole span once, then filtered per period in memory. */
    void prefetchWindow(Period from, Period to) {
        this.window = new Period("window", Period.PeriodType.YEAR, from.year(), 0, from.start(), to.end());
    }

    Result indicator(String code, String unit, String level, Period period) {
        String key = code + '|' + unit + '|' + level + '|' + period.code();
        Result cached = indicatorValues.get(key);
        if (cached != null) return cached;
        Definitions.Compiled c = definitions.indicators.get(code);
        Double numerator = eval(c.numerator(), unit, level, period);
        Double denominator = c.denominator() == null ? null : eval(c.denominator(), unit, level, period);
        Double value;
        if (c.denominator() == null) value = numerator == null ? null : numerator * c.indicator().factor();
        else value = numerator == null || denominator == null || denominator == 0 ? null : numerator / denominator * c.indicator().factor();
        Result result = new Result(value, numerator, denominator);
        indicatorValues.put(key, result);
        return result;
    }

    Double element(String code, Map<String, String> disaggregation, String unit, String level, Period period) {
        ElementKey key = new ElementKey(code, disaggregation, period, level);
        Map<String, Double> values = elementValues.get(key);
        if (values == null) {
            values = aggregate(definitions.elements.get(code), disaggregation, period, level);
            elementValues.put(key, values);
        }
        return values.get(unit);
    }

    Double eval(Expr e, String unit, String level, Period period) {
        if (e instanceof Expr.Num n) return n.value();
        if (e instanceof Expr.ConstantRef c) return definitions.constants.get(c.code());
        if (e instanceof Expr.ElementRef r) return element(r.code(), r.disaggregation(), unit, level, period);
        if (e instanceof Expr.IndicatorRef r) return indicator(r.code(), unit, level, period).value();
        if (e instanceof Expr.Unary u) {
            Double v = eval(u.operand(), unit, level, period);
            if (u.op().equals("not")) return truth(v) ? 0.0 : 1.0;
            return v == null ? null : -v;
        }
        if (e instanceof Expr.Binary b) return binary(b, unit, level, period);
        if (e instanceof Expr.Call c) return call(c, unit, level, period);
        throw new IllegalStateException("a text is not a number: " + e);
    }

    private Double binary(Expr.Binary b, String unit, String level, Period period) {
        if (b.op().equals("and")) return truth(eval(b.left(), unit, level, period)) && truth(eval(b.right(), unit, level, period)) ? 1.0 : 0.0;
        if (b.op().equals("or")) return truth(eval(b.left(), unit, level, period)) || truth(eval(b.right(), unit, level, period)) ? 1.0 : 0.0;
        Double l = eval(b.left(), unit, level, period);
        Double r = eval(b.right(), unit, level, period);
        if (l == null || r == null) return null;
        return switch (b.op()) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            case "/" -> r == 0 ? null : l / r;
            case "<" -> bool(l < r);
            case "<=" -> bool(l <= r + 1e-9);
            case ">" -> bool(l > r);
            case ">=" -> bool(l >= r - 1e-9);
            case "==" -> bool(Math.abs(l - r) < 1e-9);
            case "!=" -> bool(Math.abs(l - r) >= 1e-9);
            default -> throw new IllegalStateException(b.op());
        };
    }

    private Double call(Expr.Call c, String unit, String level, Period period) {
        List<Expr> a = c.args();
        switch (c.function()) {
            case "if":
                return truth(eval(a.get(0), unit, level, period)) ? eval(a.get(1), unit, level, period) : eval(a.get(2), unit, level, period);
            case "isNull":
                return bool(eval(a.get(0), unit, level, period) == null);
            case "coalesce": {
                Double v = eval(a.get(0), unit, level, period);
                return v != null ? v : eval(a.get(1), unit, level, period);
            }
            case "min":
            case "max": {
                Double x = eval(a.get(0), unit, level, period);
                Double y = eval(a.get(1), unit, level, period);
                if (x == null || y == null) return x == null ? y : x;
                return c.function().equals("min") ? Math.min(x, y) : Math.max(x, y);
            }
            case "abs": {
                Double v = eval(a.get(0), unit, level, period);
                return v == null ? null : Math.abs(v);
            }
            case "round": {
                Double v = eval(a.get(0), unit, level, period);
                Double d = eval(a.get(1), unit, level, period);
                if (v == null || d == null) return null;
                return java.math.BigDecimal.valueOf(v).setScale(d.intValue(), java.math.RoundingMode.HALF_UP).doubleValue();
            }
            case "yearToDate":
                return eval(a.get(0), unit, level, period.yearToDate());
            case "lastYear":
                return eval(a.get(0), unit, level, period.sameLastYear());
            case "periodOffset":
                return eval(a.get(0), unit, level, period.offset(eval(a.get(1), unit, level, period).intValue()));
            case "sumChildren": {
                Double sum = null;
                for (AdminUnit child : tree.children(unit)) {
                    Double v = eval(a.get(0), child.code(), child.level(), period);
                    if (v != null) sum = (sum == null ? 0 : sum) + v;
                }
                return sum;
            }
            case "countUnits": {
                String childLevel = ((Expr.Text) a.get(0)).value();
                double count = 0;
                for (AdminUnit u : tree.within(unit, childLevel))
                    if (truth(eval(a.get(1), u.code(), childLevel, period))) count++;
                return count;
            }
            default:
                throw new IllegalStateException("no function " + c.function());
        }
    }

    private static boolean truth(Double v) {
        return v != null && v != 0;
    }

    private static Double bool(boolean b) {
        return b ? 1.0 : 0.0;
    }

    private Map<String, Double> aggregate(DataElement element, Map<String, String> disaggregation, Period period, String level) {
        if (knownOn == null && disaggregation.isEmpty() && element.aggregation() == Aggregation.SUM) {
            List<RawRow> rolled = rollupsFor(element.code(), level, period);
            if (rolled != null) {
                Map<String, Double> result = new HashMap<>();
                for (RawRow r : rolled) if (tree.unit(r.unit()) != null) result.merge(r.unit(), r.value(), Double::sum);
                return result;
            }
        }
        List<RawRow> inPeriod = rowsFor(element.code(), disaggregation, period);
        // Per output unit, per data unit: the rows that land there, weighted by the share of the unit that went there.
        Map<String, Map<String, List<double[]>>> byUnit = new HashMap<>();
        java.util.Set<String> covered = covered(inPeriod);
        for (RawRow row : inPeriod) {
            for (Placement p : place(row.unit(), row.end())) {
                if (covered.contains(p.unit() + '|' + row.start() + '|' + row.end())) continue;
                String out = tree.atLevel(p.unit(), level);
                if (out == null) continue;
                byUnit.computeIfAbsent(out, k -> new HashMap<>()).computeIfAbsent(row.unit(), k -> new ArrayList<>())
                        .add(new double[] {row.start().toEpochDay(), row.value() * p.weight()});
            }
        }
        Map<String, Double> result = new HashMap<>();
        byUnit.forEach((out, sources) -> result.put(out, combine(element.aggregation(), sources)));
        return result;
    }

    /** The aggregation rule: units above another unit with a value for the same period, whose own values are left out. */
    private java.util.Set<String> covered(List<RawRow> inPeriod) {
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (RawRow row : inPeriod)
            for (Placement p : place(row.unit(), row.end()))
                for (String above : tree.ancestors(p.unit())) covered.add(above + '|' + row.start() + '|' + row.end());
        return covered;
    }

    private static Double combine(Aggregation aggregation, Map<String, List<double[]>> sources) {
        double sum = 0, count = 0, max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        switch (aggregation) {
            case LAST -> {
                for (List<double[]> values : sources.values()) {
                    double latest = Double.NEGATIVE_INFINITY, last = 0;
                    for (double[] v : values) {
                        if (v[0] > latest) {
                            latest = v[0];
                            last = v[1];
                        } else if (v[0] == latest) {
                            last += v[1];
                        }
                    }
                    sum += last;
                }
                return sum;
            }
            case AVERAGE_SUM_ORG_UNIT -> {
                Map<Double, Double> perPeriod = new HashMap<>();
                for (List<double[]> values : sources.values()) for (double[] v : values) perPeriod.merge(v[0], v[1], Double::sum);
                return perPeriod.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            }
            default -> {
                for (List<double[]> values : sources.values())
                    for (double[] v : values) {
                        sum += v[1];
                        count++;
                        max = Math.max(max, v[1]);
                        min = Math.min(min, v[1]);
                    }
                return switch (aggregation) {
                    case AVERAGE -> sum / count;
                    case MAX -> max;
                    case MIN -> min;
                    case COUNT -> count;
                    default -> sum;
                };
            }
        }
    }

    /** Sums already rolled up to the level, when the boundaries did not change between the values and the tree. */
    private List<RawRow> rollupsFor(String element, String level, Period period) {
        boolean inWindow = window != null && window.contains(period);
        Period span = inWindow ? window : period;
        if (!store.sameBoundaries(span.start(), span.end(), tree.date)) return null;
        String key = "rollup|" + element + '|' + level + '|' + span.start() + '|' + span.end();
        List<RawRow> fetched = rows.get(key);
        if (fetched == null) {
            fetched = store.rollups(element, level, span.start(), span.end());
            rows.put(key, fetched);
        }
        if (!inWindow) return fetched;
        List<RawRow> inPeriod = new ArrayList<>();
        for (RawRow r : fetched) if (!r.start().isBefore(period.start()) && !r.end().isAfter(period.end())) inPeriod.add(r);
        return inPeriod;
    }

    private List<RawRow> rowsFor(String element, Map<String, String> disaggregation, Period period) {
        boolean inWindow = window != null && window.contains(period);
        String key = element + '|' + disaggregation + '|' + (inWindow ? "window" : period.code());
        List<RawRow> fetched = rows.get(key);
        if (fetched == null) {
            Period span = inWindow ? window : period;
            fetched = store.rows(element, disaggregation, span.start(), span.end(), knownOn);
            rows.put(key, fetched);
        }
        if (!inWindow) return fetched;
        List<RawRow> inPeriod = new ArrayList<>();
        for (RawRow r : fetched) if (!r.start().isBefore(period.start()) && !r.end().isAfter(period.end())) inPeriod.add(r);
        return inPeriod;
    }

    /** Where a value recorded for a unit at a date lands on this tree: the unit itself, or its successors. */
    private List<Placement> place(String code, LocalDate recorded) {
        String key = code + '@' + recorded;
        List<Placement> cached = placements.get(key);
        if (cached != null) return cached;
        List<Placement> result = new ArrayList<>();
        AdminUnit here = tree.unit(code);
        if (here != null && !here.validFrom().isAfter(recorded)) {
            result.add(new Placement(code, 1));
        } else {
            if (recorded.isBefore(tree.date))
                successors.of(code, recorded, tree.date).forEach((successor, share) -> {
                    if (tree.unit(successor) != null) result.add(new Placement(successor, share));
                });
        }
        placements.put(key, result);
        return result;
    }
}
