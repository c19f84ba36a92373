package vn.tinhso.indicators.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import vn.tinhso.indicators.Aggregation;
import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.Scorecard;
import vn.tinhso.indicators.Target;
import vn.tinhso.indicators.Text;
import vn.tinhso.indicators.ValidationRule;
import vn.tinhso.indicators.ValueDomain;

/** Reads pack files (YAML) into {@link Definitions}; every error names the file and line. */
final class PackReader {

    private PackReader() {
    }

    /** Reads and checks a set of packs: file name → YAML text. */
    static Definitions read(Map<String, String> files) {
        Definitions d = new Definitions();
        files.forEach((file, text) -> readOne(d, file, text));
        d.resolve();
        return d;
    }

    private static void readOne(Definitions d, String file, String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new PackException(file, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
        }
        if (root == null) throw new PackException(file, 1, "the pack is empty");
        PackNode.Fields pack = new PackNode(file, root).read("pack", "name", "description", "elements", "constants", "indicators",
                "targets", "scorecards", "validationRules");
        String packCode = pack.text("pack");
        for (PackNode n : pack.list("constants")) {
            PackNode.Fields f = n.read("code", "value", "name");
            putOnce(d, "C:", f.text("code"), n);
            d.constants.put(f.text("code"), f.number("value", 0));
        }
        for (PackNode n : pack.list("elements")) {
            PackNode.Fields f = n.read("code", "name", "unit", "valueType", "aggregation", "categories", "domain");
            String code = code(f, n);
            putOnce(d, "E:", code, n);
            Map<String, List<String>> categories = new LinkedHashMap<>();
            if (f.has("categories")) f.node("categories").fields().forEach((category, options) ->
                    categories.put(category, options.items().stream().map(PackNode::scalar).toList()));
            d.elements.put(code, new DataElement(code, text(f.node("name")), f.text("unit", ""), f.text("valueType", "NUMBER"),
                    f.choice("aggregation", Aggregation.class, Aggregation.SUM), Map.copyOf(categories), packCode,
                    f.has("domain") ? domain(f.node("domain")) : ValueDomain.ANY));
        }
        for (PackNode n : pack.list("indicators")) {
            PackNode.Fields f = n.read("code", "name", "unit", "numerator", "denominator", "factor", "decimals", "description");
            String code = code(f, n);
            putOnce(d, "N:", code, n);
            if (d.elements.containsKey(code)) throw n.error("'" + code + "' is already a data element");
            Indicator indicator = new Indicator(code, text(f.node("name")), f.text("unit", ""), f.text("numerator"),
                    f.text("denominator", null), f.number("factor", 1), (int) f.number("decimals", 2),
                    f.has("description") ? text(f.node("description")) : null, packCode);
            d.origin.put("N:" + code + ":numerator", f.node("numerator"));
            if (f.has("denominator")) d.origin.put("N:" + code + ":denominator", f.node("denominator"));
            d.indicators.put(code, new Definitions.Compiled(indicator, d.compile(indicator.numerator(), f.node("numerator")),
                    indicator.denominator() == null ? null : d.compile(indicator.denominator(), f.node("denominator"))));
        }
        for (PackNode n : pack.list("targets")) {
            PackNode.Fields f = n.read("code", "indicator", "unit", "period", "value", "direction", "tolerance", "legalSource");
            String code = code(f, n);
            putOnce(d, "T:", code, n);
            try {
                vn.tinhso.indicators.Period.parse(f.text("period"));
            } catch (IllegalArgumentException e) {
                throw f.node("period").error(e.getMessage());
            }
            if (!f.has("value")) throw n.error("missing 'value'");
            d.targets.add(new Target(code, f.text("indicator"), f.text("unit"), f.text("period"), f.number("value", 0),
                    f.choice("direction", Target.Direction.class, Target.Direction.AT_LEAST), f.number("tolerance", 0),
                    f.text("legalSource", null), packCode));
        }
        for (PackNode n : pack.list("scorecards")) {
            PackNode.Fields f = n.read("code", "name", "legalSource", "pillars");
            String code = code(f, n);
            putOnce(d, "S:", code, n);
            List<Scorecard.Pillar> pillars = new ArrayList<>();
            for (PackNode p : f.list("pillars")) {
                PackNode.Fields pf = p.read("code", "name", "maxPoints", "components");
                List<Scorecard.Component> components = new ArrayList<>();
                double sum = 0;
                for (PackNode c : pf.list("components")) {
                    PackNode.Fields cf = c.read("code", "name", "indicator", "maxPoints", "rule", "reference", "steps", "evidence", "source", "verification");
                    String rule = cf.text("rule", "RATIO").toUpperCase();
                    if (!rule.equals("RATIO") && !rule.equals("STEPS")) throw cf.node("rule").error("rule must be RATIO or STEPS");
                    List<Scorecard.Step> steps = new ArrayList<>();
                    for (PackNode s : cf.list("steps")) {
                        PackNode.Fields sf = s.read("atLeast", "points");
                        steps.add(new Scorecard.Step(sf.number("atLeast", 0), sf.number("points", 0)));
                    }
                    if (rule.equals("STEPS") && steps.isEmpty()) throw c.error("a STEPS rule needs steps");
                    Scorecard.Component component = new Scorecard.Component(cf.text("code"), text(cf.node("name")), cf.text("indicator"),
                            cf.number("maxPoints", 0), rule, cf.number("reference", 100), List.copyOf(steps), cf.text("evidence", null),
                            cf.text("source", null), cf.text("verification", "UNVERIFIED"));
                    sum += component.maxPoints();
                    components.add(component);
                }
                double max = pf.number("maxPoints", sum);
                if (sum > max + 1e-9) throw p.error("components add up to " + sum + " points, more than the pillar's " + max);
                pillars.add(new Scorecard.Pillar(pf.text("code"), text(pf.node("name")), max, List.copyOf(components)));
            }
            d.scorecards.add(new Scorecard(code, text(f.node("name")), f.text("legalSource", null), List.copyOf(pillars), packCode));
        }
        for (PackNode n : pack.list("validationRules")) {
            PackNode.Fields f = n.read("code", "name", "left", "operator", "right", "level");
            String code = code(f, n);
            putOnce(d, "R:", code, n);
            d.origin.remove("R:" + code);
            String op = f.text("operator");
            if (!List.of("<=", "<", ">=", ">", "==", "!=").contains(op)) throw f.node("operator").error("operator must be one of <= < >= > == !=");
            ValidationRule rule = new ValidationRule(code, text(f.node("name")), f.text("left"), op, f.text("right"), f.text("level", "commune"), packCode);
            Expr left = d.compile(rule.left(), f.node("left"));
            Expr right = d.compile(rule.right(), f.node("right"));
            d.origin.put("R:" + code, f.node("left"));
            d.rules.add(new Definitions.CompiledRule(rule, new Expr.Binary(op, left, right, 0)));
        }
    }

    /** {@code domain: {min: 0, max: 100, integer: true}}, each part optional. */
    private static ValueDomain domain(PackNode n) {
        PackNode.Fields f = n.read("min", "max", "integer");
        String integer = f.text("integer", "false");
        if (!integer.equals("true") && !integer.equals("false")) throw f.node("integer").error("integer must be true or false");
        try {
            return new ValueDomain(bound(f, "min"), bound(f, "max"), Boolean.parseBoolean(integer));
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private static BigDecimal bound(PackNode.Fields f, String key) {
        if (!f.has(key)) return null;
        try {
            return new BigDecimal(f.text(key));
        } catch (NumberFormatException e) {
            throw f.node(key).error("'" + f.text(key) + "' is not a number");
        }
    }

    private static String code(PackNode.Fields f, PackNode n) {
        String code = f.text("code");
        if (!code.matches("[A-Za-z][A-Za-z0-9_]*")) throw f.node("code").error("'" + code + "' is not a code (letters, digits, _)");
        return code;
    }

    private static void putOnce(Definitions d, String kind, String code, PackNode n) {
        PackNode earlier = d.origin.putIfAbsent(kind + code, n);
        if (earlier != null) throw n.error("'" + code + "' is already defined at " + earlier.file() + ":" + earlier.line());
    }

    private static Text text(PackNode n) {
        if (n.node() instanceof org.yaml.snakeyaml.nodes.ScalarNode) return new Text(n.scalar(), n.scalar());
        PackNode.Fields f = n.read("vi", "en");
        return new Text(f.text("vi"), f.text("en", f.text("vi")));
    }
}
