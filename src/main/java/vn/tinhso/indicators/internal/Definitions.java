package vn.tinhso.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.Scorecard;
import vn.tinhso.indicators.Target;
import vn.tinhso.indicators.ValidationRule;

/**
 * Everything the packs define, checked together: each expression parsed once, every reference
 * resolved, indicators ordered so that one is computed after those it uses, and cycles refused.
 */
final class Definitions {

    record Compiled(Indicator indicator, Expr numerator, Expr denominator) {
    }

    record CompiledRule(ValidationRule rule, Expr check) {
    }

    final Map<String, DataElement> elements = new LinkedHashMap<>();
    final Map<String, Double> constants = new LinkedHashMap<>();
    final Map<String, Compiled> indicators = new LinkedHashMap<>();
    final List<Target> targets = new ArrayList<>();
    final List<Scorecard> scorecards = new ArrayList<>();
    final List<CompiledRule> rules = new ArrayList<>();
    /** Indicator codes, each after the indicators it refers to. */
    final List<String> order = new ArrayList<>();

    /** Where each definition came from, for errors found after reading: code → "file:line". */
    final Map<String, PackNode> origin = new HashMap<>();

    Expr compile(String expression, PackNode where) {
        Expr expr;
        try {
            expr = ExpressionParser.parse(expression);
        } catch (ExpressionException e) {
            throw where.error(e.getMessage());
        }
        return expr;
    }

    /** Checks references and cycles once all packs are read. */
    void resolve() {
        for (Compiled c : indicators.values()) {
            String code = c.indicator().code();
            check(c.numerator(), c.indicator().numerator(), origin.get("N:" + code + ":numerator"));
            if (c.denominator() != null) check(c.denominator(), c.indicator().denominator(), origin.get("N:" + code + ":denominator"));
        }
        for (CompiledRule r : rules) check(r.check(), r.rule().left() + " " + r.rule().operator() + " " + r.rule().right(), origin.get("R:" + r.rule().code()));
        for (Target t : targets)
            if (!indicators.containsKey(t.indicator()) && !elements.containsKey(t.indicator()))
                throw origin.get("T:" + t.code()).error("target refers to unknown indicator '" + t.indicator() + "'");
        for (Scorecard s : scorecards)
            for (Scorecard.Pillar p : s.pillars())
                for (Scorecard.Component c : p.components())
                    if (!indicators.containsKey(c.indicator()) && !elements.containsKey(c.indicator()))
                        throw origin.get("S:" + s.code()).error("component " + c.code() + " refers to unknown indicator '" + c.indicator() + "'");
        Map<String, Integer> state = new HashMap<>();
        for (String code : indicators.keySet()) visit(code, state, new ArrayList<>());
    }

    private void visit(String code, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(code);
        if (s != null && s == 2) return;
        path.add(code);
        if (s != null && s == 1) {
            List<String> cycle = path.subList(path.indexOf(code), path.size());
            throw origin.get("N:" + cycle.get(0)).error("indicator cycle: " + String.join(" → ", cycle)
                    + "; an indicator cannot depend on itself, directly or through others");
        }
        state.put(code, 1);
        Compiled c = indicators.get(code);
        List<String> uses = new ArrayList<>();
        references(c.numerator(), uses);
        if (c.denominator() != null) references(c.denominator(), uses);
        for (String used : uses) visit(used, state, path);
        path.remove(path.size() - 1);
        state.put(code, 2);
        order.add(code);
    }

    static void references(Expr e, List<String> into) {
        if (e instanceof Expr.IndicatorRef r) into.add(r.code());
        else if (e instanceof Expr.Unary u) references(u.operand(), into);
        else if (e instanceof Expr.Binary b) {
            references(b.left(), into);
            references(b.right(), into);
        } else if (e instanceof Expr.Call c) c.args().forEach(a -> references(a, into));
    }

    private void check(Expr e, String text, PackNode where) {
        if (e instanceof Expr.ElementRef r) {
                DataElement element = elements.get(r.code());
                if (element == null) throw where.error(new ExpressionException("Unknown data element '" + r.code() + "'", text, r.pos()).getMessage());
                r.disaggregation().forEach((category, option) -> {
                    List<String> options = element.categories().get(category);
                    if (options == null || !options.contains(option))
                        throw where.error(new ExpressionException("Element " + r.code() + " has no disaggregation " + category + "=" + option, text, r.pos()).getMessage());
                });
        } else if (e instanceof Expr.IndicatorRef r) {
                if (!indicators.containsKey(r.code())) throw where.error(new ExpressionException("Unknown indicator '" + r.code() + "'", text, r.pos()).getMessage());
        } else if (e instanceof Expr.ConstantRef r) {
                if (!constants.containsKey(r.code())) throw where.error(new ExpressionException("Unknown constant '" + r.code() + "'", text, r.pos()).getMessage());
        } else if (e instanceof Expr.Unary u) {
            check(u.operand(), text, where);
        } else if (e instanceof Expr.Binary b) {
            check(b.left(), text, where);
            check(b.right(), text, where);
        } else if (e instanceof Expr.Call c) {
                if (c.function().equals("periodOffset") && !(c.args().get(1) instanceof Expr.Num || c.args().get(1) instanceof Expr.Unary u && u.operand() instanceof Expr.Num))
                    throw where.error(new ExpressionException("periodOffset() needs a whole number of periods as its second argument", text, c.pos()).getMessage());
                if (c.function().equals("countUnits") && !(c.args().get(0) instanceof Expr.Text))
                    throw where.error(new ExpressionException("countUnits() needs a level in quotes first, e.g. countUnits('commune', …)", text, c.pos()).getMessage());
                c.args().forEach(a -> check(a, text, where));
        }
    }
}
