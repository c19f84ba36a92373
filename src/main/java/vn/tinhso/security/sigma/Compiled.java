package vn.tinhso.security.sigma;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A compiled piece of a detection and the fields an event must have (at least one of them) for it to match, null
 * when it can match without any. The rule index files a rule under those fields, so an event meets only the rules it
 * could match.
 */
record Compiled(Predicate<Map<String, Object>> test, Set<String> needs) {

    static Compiled and(List<Compiled> parts) {
        Predicate<Map<String, Object>> p = e -> true;
        Set<String> needs = null;
        for (Compiled c : parts) {
            p = p.and(c.test());
            if (c.needs() != null && (needs == null || better(c.needs(), needs))) {
                needs = c.needs();
            }
        }
        return new Compiled(p, needs);
    }

    /** Texts are rarer in events than field names; fewer needs are easier to meet. */
    private static boolean better(Set<String> a, Set<String> b) {
        boolean textA = a.stream().allMatch(n -> n.charAt(0) == FieldMatchers.TEXT);
        boolean textB = b.stream().allMatch(n -> n.charAt(0) == FieldMatchers.TEXT);
        return textA != textB ? textA : a.size() < b.size();
    }

    static Compiled or(List<Compiled> parts) {
        Predicate<Map<String, Object>> p = e -> false;
        Set<String> needs = new HashSet<>();
        for (Compiled c : parts) {
            p = p.or(c.test());
            if (needs != null && c.needs() != null) {
                needs.addAll(c.needs());
            } else {
                needs = null;
            }
        }
        return new Compiled(p, needs == null ? null : Set.copyOf(needs));
    }

    Compiled negate() {
        return new Compiled(test.negate(), null);
    }
}
