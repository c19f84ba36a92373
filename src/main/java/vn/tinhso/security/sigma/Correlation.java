package vn.tinhso.security.sigma;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Sigma correlation rule: {@code event_count}, {@code value_count}, {@code temporal} or {@code temporal_ordered} over
 * the rules it names (by name or id), grouped by fields (through aliases when the rules name them differently).
 */
public record Correlation(String id, String title, String level, String type, List<String> rules, List<String> groupBy,
                          Map<String, Map<String, String>> aliases, Duration timespan, String valueField,
                          String operator, long threshold) {

    @SuppressWarnings("unchecked")
    static Correlation of(Map<String, Object> doc, List<SigmaRule> known) {
        Map<String, Object> c = (Map<String, Object>) doc.get("correlation");
        String type = String.valueOf(c.get("type"));
        if (!List.of("event_count", "value_count", "temporal", "temporal_ordered").contains(type)) {
            throw new SigmaException("unknown correlation type '" + type + "'");
        }
        Object rawRules = c.get("rules");
        List<String> rules = rawRules instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(rawRules));
        for (String r : rules) {
            if (known.stream().noneMatch(k -> r.equals(k.id()) || r.equals(k.name()))) {
                throw new SigmaException("correlation names rule '" + r + "', which is not loaded");
            }
        }
        Object g = c.get("group-by");
        List<String> groupBy = g == null ? List.of() : g instanceof List<?> gl ? gl.stream().map(String::valueOf).toList() : List.of(String.valueOf(g));
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        if (c.get("aliases") instanceof Map<?, ?> a) {
            a.forEach((alias, perRule) -> {
                Map<String, String> m = new LinkedHashMap<>();
                ((Map<?, ?>) perRule).forEach((rule, field) -> m.put(String.valueOf(rule), String.valueOf(field)));
                aliases.put(String.valueOf(alias), m);
            });
        }
        Duration timespan = duration(String.valueOf(c.get("timespan")));
        String field = null;
        String operator = "gte";
        long threshold = 1;
        if (c.get("condition") instanceof Map<?, ?> cond) {
            for (Map.Entry<?, ?> e : cond.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (k.equals("field")) {
                    field = String.valueOf(e.getValue());
                } else if (List.of("gt", "gte", "lt", "lte", "eq").contains(k)) {
                    operator = k;
                    threshold = Long.parseLong(String.valueOf(e.getValue()));
                } else {
                    throw new SigmaException("unknown correlation condition '" + k + "'");
                }
            }
        } else if (!type.startsWith("temporal")) {
            throw new SigmaException("a " + type + " correlation needs a condition");
        }
        if (type.equals("value_count") && field == null) {
            throw new SigmaException("a value_count correlation needs condition.field");
        }
        if (type.startsWith("temporal") && c.get("condition") == null) {
            threshold = rules.size();
        }
        return new Correlation(String.valueOf(doc.get("id")), String.valueOf(doc.get("title")),
                String.valueOf(doc.getOrDefault("level", "high")), type, rules, groupBy, aliases, timespan, field, operator, threshold);
    }

    static Duration duration(String s) {
        if (s == null || !s.matches("\\d+[smhdwMy]")) {
            throw new SigmaException("bad timespan '" + s + "'");
        }
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        return switch (s.charAt(s.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            case 'w' -> Duration.ofDays(7 * n);
            case 'M' -> Duration.ofDays(30 * n);
            default -> Duration.ofDays(365 * n);
        };
    }

    boolean reached(long value) {
        return switch (operator) {
            case "gt" -> value > threshold;
            case "lt" -> value < threshold;
            case "lte" -> value <= threshold;
            case "eq" -> value == threshold;
            default -> value >= threshold;
        };
    }

    /** The group key of an event matched by {@code rule}: the group-by fields, read through the aliases. */
    List<String> groupKey(SigmaRule rule, Map<String, Object> event) {
        List<String> key = new ArrayList<>(groupBy.size());
        for (String g : groupBy) {
            Map<String, String> perRule = aliases.get(g);
            String field = g;
            if (perRule != null) {
                field = perRule.getOrDefault(rule.name() == null ? rule.id() : rule.name(), perRule.getOrDefault(rule.id(), g));
            }
            Object v = event.get(field);
            key.add(v == null ? null : FieldMatchers.text(v));
        }
        return key;
    }
}
