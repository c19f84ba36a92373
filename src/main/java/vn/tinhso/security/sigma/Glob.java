package vn.tinhso.security.sigma;

/**
 * A Sigma wildcard value ({@code *} any run, {@code ?} one character) matched without a regular expression: the
 * classic two-pointer walk that remembers only the last star, so a value is read a bounded number of times per
 * pattern character instead of backtracking without limit.
 */
final class Glob {

    private static final char ANY = '\uE000';
    private static final char ONE = '\uE001';

    /** The pattern with its escapes resolved and its wildcards as private-use characters. */
    private final char[] p;

    private Glob(char[] p) {
        this.p = p;
    }

    /** {@code value} in Sigma's escaping; {@code anyBefore}/{@code anyAfter} add the stars of contains/startswith/endswith. */
    static Glob of(String value, boolean anyBefore, boolean anyAfter, boolean lowerCase) {
        StringBuilder sb = new StringBuilder();
        if (anyBefore) {
            sb.append(ANY);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                sb.append(value.charAt(++i));
            } else if (c == '*') {
                sb.append(ANY);
            } else if (c == '?') {
                sb.append(ONE);
            } else {
                sb.append(c);
            }
        }
        if (anyAfter) {
            sb.append(ANY);
        }
        // Private-use characters have no case, so lower-casing leaves the wildcards alone.
        String s = lowerCase ? sb.toString().toLowerCase(java.util.Locale.ROOT) : sb.toString();
        return new Glob(s.toCharArray());
    }

    boolean matches(String s) {
        int si = 0;
        int pi = 0;
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length && (p[pi] == ONE || p[pi] == s.charAt(si))) {
                si++;
                pi++;
            } else if (pi < p.length && p[pi] == ANY) {
                star = pi++;
                mark = si;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length && p[pi] == ANY) {
            pi++;
        }
        return pi == p.length;
    }
}
