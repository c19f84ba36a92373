package vn.tinhso.security.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Sigma conditions: and, or, not, parentheses, {@code 1 of x*}, {@code all of x*}, {@code 1 of them}, {@code all of them}. */
final class Conditions {

    private final List<String> tokens;
    private final Map<String, Predicate<Map<String, Object>>> selections;
    private int at;

    private Conditions(String condition, Map<String, Predicate<Map<String, Object>>> selections) {
        this.tokens = tokenize(condition);
        this.selections = selections;
    }

    static Predicate<Map<String, Object>> compile(String condition, Map<String, Predicate<Map<String, Object>>> selections) {
        Conditions c = new Conditions(condition, selections);
        Predicate<Map<String, Object>> p = c.or();
        if (c.at < c.tokens.size()) {
            throw new SigmaException("unexpected '" + c.tokens.get(c.at) + "' in condition '" + condition + "'");
        }
        return p;
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        var m = Pattern.compile("\\(|\\)|[^\\s()]+").matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private String peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private String next() {
        if (at >= tokens.size()) {
            throw new SigmaException("condition ends early");
        }
        return tokens.get(at++);
    }

    private Predicate<Map<String, Object>> or() {
        Predicate<Map<String, Object>> left = and();
        while ("or".equalsIgnoreCase(peek())) {
            at++;
            left = left.or(and());
        }
        return left;
    }

    private Predicate<Map<String, Object>> and() {
        Predicate<Map<String, Object>> left = not();
        while ("and".equalsIgnoreCase(peek())) {
            at++;
            left = left.and(not());
        }
        return left;
    }

    private Predicate<Map<String, Object>> not() {
        if ("not".equalsIgnoreCase(peek())) {
            at++;
            return not().negate();
        }
        return primary();
    }

    private Predicate<Map<String, Object>> primary() {
        String t = next();
        if (t.equals("(")) {
            Predicate<Map<String, Object>> inner = or();
            if (!")".equals(next())) {
                throw new SigmaException("missing ')' in condition");
            }
            return inner;
        }
        if ((t.equals("1") || t.equalsIgnoreCase("all") || t.equalsIgnoreCase("any")) && "of".equalsIgnoreCase(peek())) {
            at++;
            String target = next();
            List<Predicate<Map<String, Object>>> chosen = new ArrayList<>();
            Pattern names = target.equalsIgnoreCase("them") ? null
                    : Pattern.compile(Pattern.quote(target).replace("*", "\\E.*\\Q"));
            selections.forEach((name, p) -> {
                if (names == null ? !name.startsWith("_") : names.matcher(name).matches()) {
                    chosen.add(p);
                }
            });
            if (chosen.isEmpty()) {
                throw new SigmaException("no selection matches '" + target + "'");
            }
            boolean all = t.equalsIgnoreCase("all");
            return e -> all ? chosen.stream().allMatch(p -> p.test(e)) : chosen.stream().anyMatch(p -> p.test(e));
        }
        Predicate<Map<String, Object>> p = selections.get(t);
        if (p == null) {
            throw new SigmaException("condition names '" + t + "', which is not a selection");
        }
        return p;
    }
}
