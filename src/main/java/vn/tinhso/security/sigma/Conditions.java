package vn.tinhso.security.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Sigma conditions: and, or, not, parentheses, {@code 1 of x*}, {@code all of x*}, {@code 1 of them}, {@code all of them}. */
final class Conditions {

    private final List<String> tokens;
    private final Map<String, Compiled> selections;
    private int at;

    private Conditions(String condition, Map<String, Compiled> selections) {
        this.tokens = tokenize(condition);
        this.selections = selections;
    }

    static Compiled compile(String condition, Map<String, Compiled> selections) {
        Conditions c = new Conditions(condition, selections);
        Compiled p = c.or();
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

    private Compiled or() {
        List<Compiled> parts = new ArrayList<>(List.of(and()));
        while ("or".equalsIgnoreCase(peek())) {
            at++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : Compiled.or(parts);
    }

    private Compiled and() {
        List<Compiled> parts = new ArrayList<>(List.of(not()));
        while ("and".equalsIgnoreCase(peek())) {
            at++;
            parts.add(not());
        }
        return parts.size() == 1 ? parts.get(0) : Compiled.and(parts);
    }

    private Compiled not() {
        if ("not".equalsIgnoreCase(peek())) {
            at++;
            return not().negate();
        }
        return primary();
    }

    private Compiled primary() {
        String t = next();
        if (t.equals("(")) {
            Compiled inner = or();
            if (!")".equals(next())) {
                throw new SigmaException("missing ')' in condition");
            }
            return inner;
        }
        if ((t.equals("1") || t.equalsIgnoreCase("all") || t.equalsIgnoreCase("any")) && "of".equalsIgnoreCase(peek())) {
            at++;
            String target = next();
            List<Compiled> chosen = new ArrayList<>();
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
            return all ? Compiled.and(chosen) : Compiled.or(chosen);
        }
        Compiled p = selections.get(t);
        if (p == null) {
            throw new SigmaException("condition names '" + t + "', which is not a selection");
        }
        return p;
    }
}
