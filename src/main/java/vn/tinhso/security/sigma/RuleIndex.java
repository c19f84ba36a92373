package vn.tinhso.security.sigma;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules filed by logsource and by what they need, so that an event meets only the rules that could match it: a
 * logsource is judged once per event for all its rules; a rule that needs a field is tried only on events that have
 * one; a keyword rule only on events whose values contain one of its keywords' literal pieces, all of which are
 * looked for in one Aho–Corasick pass over the event. Gives the same matches, in the same order, as trying every rule.
 */
public final class RuleIndex {

    private record Source(SigmaRule sample, int[] always, Map<String, int[]> byField, Map<Integer, int[]> byText) {
    }

    private final List<SigmaRule> rules;
    private final List<Source> sources = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final AhoCorasick textFinder;
    /** Which sources apply, per logsource signature of an event; events of one parser share a handful of them. */
    private final Map<List<Object>, boolean[]> applicable = new java.util.concurrent.ConcurrentHashMap<>();

    public RuleIndex(List<SigmaRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> textIds = new LinkedHashMap<>();
        Map<Map<String, String>, List<Integer>> byLogsource = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            byLogsource.computeIfAbsent(rules.get(i).logsource(), k -> new ArrayList<>()).add(i);
        }
        byLogsource.forEach((logsource, members) -> {
            List<Integer> always = new ArrayList<>();
            Map<String, List<Integer>> byField = new HashMap<>();
            Map<Integer, List<Integer>> byText = new HashMap<>();
            for (int i : members) {
                SigmaRule r = rules.get(i);
                if (r.needs() == null || r.needs().isEmpty()) {
                    always.add(i);
                    continue;
                }
                for (String need : r.needs()) {
                    if (need.charAt(0) == FieldMatchers.TEXT) {
                        int id = textIds.computeIfAbsent(need.substring(1), t -> textIds.size());
                        byText.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                    } else {
                        byField.computeIfAbsent(need, k -> new ArrayList<>()).add(i);
                    }
                }
            }
            Map<String, int[]> fields = new HashMap<>();
            byField.forEach((f, l) -> fields.put(f, ints(l)));
            Map<Integer, int[]> textMembers = new HashMap<>();
            byText.forEach((t, l) -> textMembers.put(t, ints(l)));
            sources.add(new Source(rules.get(members.get(0)), ints(always), fields, textMembers));
        });
        texts.addAll(textIds.keySet());
        textFinder = texts.isEmpty() ? null : new AhoCorasick(texts);
    }

    private static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<SigmaRule> rules() {
        return rules;
    }

    /** The rules that match the event, in the order they were given. */
    public List<SigmaRule> matching(Map<String, Object> fields) {
        SigmaEvent event = SigmaEvent.of(fields);
        BitSet candidates = new BitSet(rules.size());
        BitSet found = null;
        boolean[] applies = applicable(event);
        for (int k = 0; k < sources.size(); k++) {
            if (!applies[k]) {
                continue;
            }
            Source s = sources.get(k);
            for (int i : s.always()) {
                candidates.set(i);
            }
            if (s.byField().size() < event.size()) {
                s.byField().forEach((field, members) -> {
                    if (event.get(field) != null) {
                        set(candidates, members);
                    }
                });
            } else {
                for (Map.Entry<String, Object> e : event.entrySet()) {
                    if (e.getValue() != null) {
                        set(candidates, s.byField().get(e.getKey()));
                    }
                }
            }
            if (!s.byText().isEmpty()) {
                if (found == null) {
                    found = textsIn(event);
                }
                for (Map.Entry<Integer, int[]> t : s.byText().entrySet()) {
                    if (found.get(t.getKey())) {
                        set(candidates, t.getValue());
                    }
                }
            }
        }
        List<SigmaRule> matched = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (rules.get(i).matches(event)) {
                matched.add(rules.get(i));
            }
        }
        return matched;
    }

    private boolean[] applicable(SigmaEvent event) {
        List<Object> signature = Logsources.signature(event);
        boolean[] known = applicable.get(signature);
        if (known != null) {
            return known;
        }
        boolean[] applies = new boolean[sources.size()];
        for (int k = 0; k < applies.length; k++) {
            applies[k] = Logsources.applies(sources.get(k).sample(), event);
        }
        if (applicable.size() < 10_000) {
            applicable.put(signature, applies);
        }
        return applies;
    }

    private static void set(BitSet candidates, int[] members) {
        if (members != null) {
            for (int i : members) {
                candidates.set(i);
            }
        }
    }

    /** Which of the keyword pieces occur in the event's values, read as the keyword tests read them. */
    private BitSet textsIn(SigmaEvent event) {
        BitSet found = new BitSet(texts.size());
        for (Object v : event.values()) {
            if (v instanceof Collection<?> c) {
                for (Object o : c) {
                    if (o != null) {
                        textFinder.collect(event.lower(o, FieldMatchers.text(o)), found);
                    }
                }
            } else if (v != null) {
                textFinder.collect(event.lower(v, FieldMatchers.text(v)), found);
            }
        }
        return found;
    }
}
