package vn.tinhso.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


/**
 * Recursive descent over the grammar documented in {@code docs/indicators.md}:
 * <pre>
 * expr    := or
 * or      := and ('or' and)*
 * and     := compare ('and' compare)*
 * compare := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum)?
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := ('-' | 'not') unary | primary
 * primary := number | 'text' | #{CODE[.key=value;…]} | N{CODE} | C{CODE} | name '(' expr (',' expr)* ')' | '(' expr ')'
 * </pre>
 */
final class ExpressionParser {

    /** Function name → {minimum, maximum} number of arguments. */
    static final Map<String, int[]> FUNCTIONS = Map.ofEntries(
            Map.entry("if", new int[] {3, 3}),
            Map.entry("isNull", new int[] {1, 1}),
            Map.entry("coalesce", new int[] {2, 2}),
            Map.entry("min", new int[] {2, 2}),
            Map.entry("max", new int[] {2, 2}),
            Map.entry("abs", new int[] {1, 1}),
            Map.entry("round", new int[] {2, 2}),
            Map.entry("yearToDate", new int[] {1, 1}),
            Map.entry("periodOffset", new int[] {2, 2}),
            Map.entry("lastYear", new int[] {1, 1}),
            Map.entry("sumChildren", new int[] {1, 1}),
            Map.entry("countUnits", new int[] {2, 2}));

    private final String text;
    private int at;

    private ExpressionParser(String text) {
        this.text = text;
    }

    static Expr parse(String text) {
        if (text == null || text.isBlank()) throw new ExpressionException("The expression is empty", text == null ? "" : text, 0);
        ExpressionParser parser = new ExpressionParser(text);
        Expr expr = parser.or();
        parser.skipSpace();
        if (parser.at < text.length()) throw parser.error("Unexpected '" + text.charAt(parser.at) + "'");
        return expr;
    }

    private Expr or() {
        Expr left = and();
        while (keyword("or")) {
            int pos = at - 2;
            left = new Expr.Binary("or", left, and(), pos);
        }
        return left;
    }

    private Expr and() {
        Expr left = compare();
        while (keyword("and")) {
            int pos = at - 3;
            left = new Expr.Binary("and", left, compare(), pos);
        }
        return left;
    }

    private Expr compare() {
        Expr left = sum();
        skipSpace();
        for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
            if (text.startsWith(op, at)) {
                int pos = at;
                at += op.length();
                return new Expr.Binary(op, left, sum(), pos);
            }
        }
        return left;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            skipSpace();
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                int pos = at;
                String op = String.valueOf(text.charAt(at++));
                left = new Expr.Binary(op, left, product(), pos);
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
                int pos = at;
                String op = String.valueOf(text.charAt(at++));
                left = new Expr.Binary(op, left, unary(), pos);
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        skipSpace();
        int pos = at;
        if (at < text.length() && text.charAt(at) == '-') {
            at++;
            return new Expr.Unary("-", unary(), pos);
        }
        if (keyword("not")) return new Expr.Unary("not", unary(), pos);
        return primary();
    }

    private Expr primary() {
        skipSpace();
        if (at >= text.length()) throw error("The expression ends where a value was expected");
        int pos = at;
        char c = text.charAt(at);
        if (Character.isDigit(c) || c == '.') return number();
        if (c == '\'') return quoted();
        if (c == '(') {
            at++;
            Expr inner = or();
            expect(')');
            return inner;
        }
        if ((c == '#' || c == 'N' || c == 'C') && at + 1 < text.length() && text.charAt(at + 1) == '{') {
            at += 2;
            int close = text.indexOf('}', at);
            if (close < 0) throw error("Missing '}' to close the reference opened at position " + (pos + 1));
            String inside = text.substring(at, close).trim();
            at = close + 1;
            if (inside.isEmpty()) throw new ExpressionException("Empty reference", text, pos);
            if (c == 'N') return new Expr.IndicatorRef(code(inside, pos), pos);
            if (c == 'C') return new Expr.ConstantRef(code(inside, pos), pos);
            int dot = inside.indexOf('.');
            if (dot < 0) return new Expr.ElementRef(code(inside, pos), Map.of(), pos);
            return new Expr.ElementRef(code(inside.substring(0, dot), pos), disaggregation(inside.substring(dot + 1), pos), pos);
        }
        if (Character.isLetter(c)) {
            int start = at;
            while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) at++;
            String name = text.substring(start, at);
            int[] arity = FUNCTIONS.get(name);
            if (arity == null) throw new ExpressionException("Unknown function '" + name + "' (known: " + new TreeMap<>(FUNCTIONS).keySet() + ")", text, start);
            expect('(');
            List<Expr> args = new ArrayList<>();
            skipSpace();
            if (at < text.length() && text.charAt(at) == ')') {
                at++;
            } else {
                do {
                    args.add(or());
                    skipSpace();
                } while (at < text.length() && text.charAt(at) == ',' && at++ >= 0);
                expect(')');
            }
            if (args.size() < arity[0] || args.size() > arity[1])
                throw new ExpressionException(name + "() takes " + arity[0] + (arity[0] == arity[1] ? "" : " to " + arity[1])
                        + " argument(s), not " + args.size(), text, start);
            return new Expr.Call(name, List.copyOf(args), start);
        }
        throw error("Unexpected '" + c + "' where a value was expected");
    }

    private Expr number() {
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) at++;
        try {
            return new Expr.Num(Double.parseDouble(text.substring(start, at)), start);
        } catch (NumberFormatException e) {
            throw new ExpressionException("Malformed number '" + text.substring(start, at) + "'", text, start);
        }
    }

    private Expr quoted() {
        int start = at++;
        int close = text.indexOf('\'', at);
        if (close < 0) throw new ExpressionException("Missing closing quote", text, start);
        at = close + 1;
        return new Expr.Text(text.substring(start + 1, close), start);
    }

    private String code(String s, int pos) {
        if (!s.matches("[A-Za-z][A-Za-z0-9_]*")) throw new ExpressionException("'" + s + "' is not a code (letters, digits, _)", text, pos);
        return s;
    }

    private Map<String, String> disaggregation(String s, int pos) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : s.split(";")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank())
                throw new ExpressionException("Disaggregation '" + pair + "' must be category=option", text, pos);
            pairs.put(kv[0].trim(), kv[1].trim());
        }
        return Map.copyOf(pairs);
    }

    private boolean keyword(String word) {
        skipSpace();
        if (text.startsWith(word, at) && (at + word.length() >= text.length() || !Character.isLetterOrDigit(text.charAt(at + word.length())))) {
            at += word.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (at >= text.length()) throw error("Expected '" + c + "' but the expression ended");
        if (text.charAt(at) != c) throw error("Expected '" + c + "' but found '" + text.charAt(at) + "'");
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }

    private ExpressionException error(String message) {
        return new ExpressionException(message, text, at);
    }
}
