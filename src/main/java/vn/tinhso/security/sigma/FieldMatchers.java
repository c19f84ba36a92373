package vn.tinhso.security.sigma;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Compiles one {@code field|modifier|…: values} item of a selection into a predicate over an event. */
final class FieldMatchers {

    static final int REGEX_BUDGET = 1_000_000;
    private static final Set<String> KNOWN = Set.of("contains", "startswith", "endswith", "all", "re", "i", "m", "s",
            "base64", "base64offset", "utf16le", "utf16be", "utf16", "wide", "windash", "cidr", "exists", "fieldref",
            "expand", "lt", "lte", "gt", "gte", "cased");

    private FieldMatchers() {
    }

    /** {@code field} null means keywords: the values are looked for in every field. */
    static Predicate<Map<String, Object>> compile(String field, List<String> modifiers, List<Object> values,
                                                  Map<String, List<String>> placeholders) {
        for (String m : modifiers) {
            if (!KNOWN.contains(m)) {
                throw new SigmaException("unknown modifier '" + m + "'");
            }
        }
        if (modifiers.contains("expand")) {
            List<Object> expanded = new ArrayList<>();
            for (Object v : values) {
                String s = String.valueOf(v);
                java.util.regex.Matcher m = Pattern.compile("%(\\w+)%").matcher(s);
                if (m.find()) {
                    List<String> replacements = placeholders.get(m.group(1));
                    if (replacements == null) {
                        throw new SigmaException("no value configured for placeholder %" + m.group(1) + "%");
                    }
                    replacements.forEach(r -> expanded.add(s.replace(m.group(0), r)));
                } else {
                    expanded.add(s);
                }
            }
            values = expanded;
        }
        if (modifiers.contains("exists")) {
            boolean wanted = Boolean.parseBoolean(String.valueOf(values.get(0)));
            return e -> (e.get(field) != null) == wanted;
        }
        boolean all = modifiers.contains("all");
        List<ValueTest> tests = new ArrayList<>();
        ValueTest anyLiteral = anyLiteral(field, modifiers, values);
        if (anyLiteral != null && !all) {
            tests.add(anyLiteral);
        } else {
            for (Object v : values) {
                tests.add(value(field, modifiers, v));
            }
        }
        if (field == null) {
            return e -> {
                for (ValueTest t : tests) {
                    boolean found = anyValue(e, t);
                    if (found != all) {
                        return found;
                    }
                }
                return all;
            };
        }
        if (modifiers.contains("fieldref")) {
            List<String> refs = values.stream().map(String::valueOf).toList();
            return e -> {
                Object mine = e.get(field);
                if (mine == null) {
                    return false;
                }
                java.util.stream.Stream<String> s = refs.stream();
                Predicate<String> same = r -> e.get(r) != null && text(e.get(r)).equalsIgnoreCase(text(mine));
                return all ? s.allMatch(same) : s.anyMatch(same);
            };
        }
        return e -> {
            Object actual = e.get(field);
            for (ValueTest t : tests) {
                boolean found = test(t, actual, e);
                if (found != all) {
                    return found;
                }
            }
            return all;
        };
    }

    /**
     * The fields an event must have for the item to match it, or null when it can match without any: keywords, a
     * null value (which matches a missing field), {@code exists: false}.
     */
    static java.util.Set<String> needs(String field, List<String> modifiers, List<Object> values) {
        if (field == null) {
            if (modifiers.equals(List.of("all"))) {
                // Every keyword must occur: any one of them alone is a need.
                return values.stream().map(v -> keywordNeeds(java.util.Collections.singletonList(v)))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            return modifiers.isEmpty() ? keywordNeeds(values) : null;
        }
        if (values.contains(null)) {
            return null;
        }
        if (modifiers.contains("exists") && !Boolean.parseBoolean(String.valueOf(values.get(0)))) {
            return null;
        }
        return java.util.Set.of(field);
    }

    /** The mark of a text need: some value of the event contains the rest, lower-cased. */
    static final char TEXT = '\0';

    /**
     * Keywords: each value's longest literal piece must occur in some value of the event, so an event whose values
     * contain none of them cannot match. Null when a value has no usable piece.
     */
    private static java.util.Set<String> keywordNeeds(List<Object> values) {
        java.util.Set<String> pieces = new java.util.HashSet<>();
        for (Object v : values) {
            String piece = v == null ? "" : longestLiteral(String.valueOf(v instanceof Boolean b ? b.toString() : v));
            // Lower-casing a piece on its own is the piece of the lower-cased value only for ASCII (final sigma, …).
            if (piece.isEmpty() || !piece.chars().allMatch(c -> c < 128)) {
                return null;
            }
            pieces.add(TEXT + piece.toLowerCase(Locale.ROOT));
        }
        return java.util.Set.copyOf(pieces);
    }

    private static String longestLiteral(String value) {
        String best = "";
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '*';
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                piece.append(value.charAt(++i));
            } else if (c == '*' || c == '?') {
                if (piece.length() > best.length()) {
                    best = piece.toString();
                }
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        return best;
    }

    /** A rough cost of testing the item, so that a selection tries its cheap items first. */
    static int cost(String field, List<String> modifiers, List<Object> values) {
        if (field == null) {
            return 1_000 + values.size();
        }
        if (modifiers.contains("re")) {
            return 500 + values.size();
        }
        if (modifiers.contains("exists") || modifiers.isEmpty() || modifiers.equals(List.of("cased"))) {
            return values.size();
        }
        return 100 + values.size();
    }

    /** A test on one value of an event, with the event at hand for its lower-cased texts. */
    interface ValueTest {
        boolean test(Object actual, Map<String, Object> event);
    }

    /**
     * Several plain {@code contains} values (or keywords) without wildcards or encodings: one Aho–Corasick pass over
     * the lower-cased value instead of one search per value. Null when the item is not of that kind.
     */
    private static ValueTest anyLiteral(String field, List<String> mods, List<Object> values) {
        boolean plain = mods.isEmpty() || mods.equals(List.of("contains"));
        if (!plain || (field != null && !mods.contains("contains")) || values.size() < 3) {
            return null;
        }
        List<String> needles = new ArrayList<>();
        for (Object v : values) {
            if (v == null || Wildcards.hasWildcard(String.valueOf(v))) {
                return null;
            }
            needles.add(Wildcards.literal(String.valueOf(v instanceof Boolean b ? b.toString() : v)).toLowerCase(Locale.ROOT));
        }
        AhoCorasick automaton = new AhoCorasick(needles);
        return (actual, event) -> {
            if (actual == null) {
                return false;
            }
            String a = text(actual);
            return automaton.foundIn(SigmaEvent.lower(event, actual, a));
        };
    }

    private static boolean anyValue(Map<String, Object> e, ValueTest t) {
        for (Object v : e.values()) {
            if (v != null && test(t, v, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean test(ValueTest t, Object actual, Map<String, Object> e) {
        if (actual instanceof Collection<?> c) {
            for (Object o : c) {
                if (t.test(o, e)) {
                    return true;
                }
            }
            return false;
        }
        return t.test(actual, e);
    }

    private static ValueTest value(String field, List<String> mods, Object v) {
        if (v == null) {
            return (actual, e) -> actual == null || "".equals(actual);
        }
        for (String cmp : List.of("lt", "lte", "gt", "gte")) {
            if (mods.contains(cmp)) {
                BigDecimal limit = new BigDecimal(String.valueOf(v));
                return (actual, e) -> {
                    BigDecimal a = number(actual);
                    if (a == null) {
                        return false;
                    }
                    int c = a.compareTo(limit);
                    return switch (cmp) {
                        case "lt" -> c < 0;
                        case "lte" -> c <= 0;
                        case "gt" -> c > 0;
                        default -> c >= 0;
                    };
                };
            }
        }
        if (mods.contains("cidr")) {
            Cidr cidr = Cidr.parse(String.valueOf(v));
            return (actual, e) -> actual != null && cidr.contains(text(actual));
        }
        if (mods.contains("re")) {
            int flags = (mods.contains("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
                    | (mods.contains("m") ? Pattern.MULTILINE : 0) | (mods.contains("s") ? Pattern.DOTALL : 0);
            Pattern p;
            try {
                p = Pattern.compile(String.valueOf(v), flags);
            } catch (java.util.regex.PatternSyntaxException ex) {
                throw new SigmaException("bad regular expression: " + ex.getDescription());
            }
            return (actual, e) -> {
                if (actual == null) {
                    return false;
                }
                try {
                    return p.matcher(new BoundedInput(text(actual), REGEX_BUDGET)).find();
                } catch (BoundedInput.Exhausted ex) {
                    return false;
                }
            };
        }
        boolean cased = mods.contains("cased");
        boolean contains = mods.contains("contains") || field == null;
        boolean starts = mods.contains("startswith");
        boolean ends = mods.contains("endswith");
        List<String> variants = variants(String.valueOf(v instanceof Boolean b ? b.toString() : v), mods);
        boolean encoded = mods.contains("base64") || mods.contains("base64offset");
        List<java.util.function.BiPredicate<String, String>> matchers = new ArrayList<>();
        for (String variant : variants) {
            String pattern = encoded ? variant.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?") : variant;
            if (!Wildcards.hasWildcard(pattern)) {
                String lit = Wildcards.literal(pattern);
                String needle = cased ? lit : lit.toLowerCase(Locale.ROOT);
                matchers.add((original, lower) -> {
                    String a = cased ? original : lower;
                    if (contains) {
                        return a.contains(needle);
                    }
                    if (starts && ends) {
                        return a.startsWith(needle) && a.endsWith(needle);
                    }
                    return starts ? a.startsWith(needle) : ends ? a.endsWith(needle) : a.equals(needle);
                });
            } else {
                Glob glob = Glob.of(pattern, contains || ends, contains || starts, !cased);
                matchers.add((original, lower) -> glob.matches(cased ? original : lower));
            }
        }
        return (actual, e) -> {
            if (actual == null) {
                return false;
            }
            String a = text(actual);
            String lower = cased ? a : SigmaEvent.lower(e, actual, a);
            for (var m : matchers) {
                if (m.test(a, lower)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The transformations that turn one rule value into the strings looked for: windash, utf16/wide, base64(offset). */
    static List<String> variants(String value, List<String> mods) {
        List<String> values = new ArrayList<>(List.of(value));
        if (mods.contains("windash")) {
            values = new ArrayList<>();
            for (String dash : List.of("-", "/", "\u2013", "\u2014", "\u2015")) {
                values.add(value.replace("-", dash));
            }
        }
        Charset charset = mods.contains("utf16le") || mods.contains("wide") ? StandardCharsets.UTF_16LE
                : mods.contains("utf16be") ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
        boolean bom = mods.contains("utf16");
        if (bom) {
            charset = StandardCharsets.UTF_16LE;
        }
        List<String> out = new ArrayList<>();
        for (String s : values) {
            byte[] bytes = s.getBytes(charset);
            if (bom) {
                byte[] withBom = new byte[bytes.length + 2];
                withBom[0] = (byte) 0xFF;
                withBom[1] = (byte) 0xFE;
                System.arraycopy(bytes, 0, withBom, 2, bytes.length);
                bytes = withBom;
            }
            if (mods.contains("base64offset")) {
                for (int i = 0; i < 3; i++) {
                    byte[] shifted = new byte[bytes.length + i];
                    System.arraycopy(bytes, 0, shifted, i, bytes.length);
                    String b64 = Base64.getEncoder().encodeToString(shifted);
                    int start = new int[] {0, 2, 3}[i];
                    int cut = new int[] {0, 3, 2}[(bytes.length + i) % 3];
                    out.add(b64.substring(start, b64.length() - cut));
                }
            } else if (mods.contains("base64")) {
                out.add(Base64.getEncoder().encodeToString(bytes));
            } else if (charset != StandardCharsets.UTF_8) {
                out.add(new String(bytes, StandardCharsets.ISO_8859_1));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    static String text(Object o) {
        if (o instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(o);
    }

    private static BigDecimal number(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return new BigDecimal(text(o).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An IPv4 or IPv6 network. */
    record Cidr(byte[] network, int bits) {
        static Cidr parse(String s) {
            int slash = s.indexOf('/');
            try {
                byte[] addr = InetAddress.getByName(slash < 0 ? s : s.substring(0, slash)).getAddress();
                int bits = slash < 0 ? addr.length * 8 : Integer.parseInt(s.substring(slash + 1));
                return new Cidr(addr, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new SigmaException("bad CIDR '" + s + "'");
            }
        }

        boolean contains(String ip) {
            if (ip.isEmpty() || !(Character.digit(ip.charAt(0), 16) >= 0 || ip.charAt(0) == ':')) {
                return false;
            }
            byte[] a;
            try {
                if (!ip.matches("[0-9a-fA-F:.]+")) {
                    return false;
                }
                a = InetAddress.getByName(ip).getAddress();
            } catch (UnknownHostException e) {
                return false;
            }
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
