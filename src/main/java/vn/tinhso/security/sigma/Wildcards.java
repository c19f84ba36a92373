package vn.tinhso.security.sigma;

import java.util.regex.Pattern;

/** Sigma string values: {@code *} and {@code ?} are wildcards, {@code \*} {@code \?} {@code \\} their literals. */
final class Wildcards {

    private Wildcards() {
    }

    /** A regular expression for the value, with {@code prefix}/{@code suffix} wildcards added by contains/startswith/endswith. */
    static Pattern compile(String value, boolean anyBefore, boolean anyAfter, boolean cased) {
        StringBuilder re = new StringBuilder();
        if (anyBefore) {
            re.append("(?s).*");
        } else {
            re.append("(?s)");
        }
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                literal.append(value.charAt(++i));
            } else if (c == '*' || c == '?') {
                flush(re, literal);
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        flush(re, literal);
        if (anyAfter) {
            re.append(".*");
        }
        return Pattern.compile(re.toString(), cased ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static boolean hasWildcard(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                i++;
            } else if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** The value with its escapes resolved, for values without wildcards. */
    static String literal(String value) {
        return value.replace("\\*", "*").replace("\\?", "?").replace("\\\\", "\\");
    }

    private static void flush(StringBuilder re, StringBuilder literal) {
        if (!literal.isEmpty()) {
            re.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
