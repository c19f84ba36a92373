package vn.tinhso.security.sigma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads Sigma YAML into compiled rules; a file it cannot load is reported with the reason, and the rest still load. */
public final class SigmaRules {

    /** Rules loaded and files that were not, with why. */
    public record Loaded(List<SigmaRule> rules, List<Correlation> correlations, Map<String, String> failures) {
    }

    private final Map<String, List<String>> placeholders;

    public SigmaRules(Map<String, List<String>> placeholders) {
        this.placeholders = placeholders;
    }

    public Loaded loadDirectory(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                texts.put(dir.relativize(f).toString(), Files.readString(f));
            } catch (IOException e) {
                texts.put(dir.relativize(f).toString(), null);
            }
        }
        return load(texts);
    }

    /** Loads named YAML texts (each may hold several documents, e.g. a correlation and its base rules). */
    public Loaded load(Map<String, String> texts) {
        List<SigmaRule> rules = new ArrayList<>();
        List<Map<String, Object>> correlationDocs = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : texts.entrySet()) {
            if (t.getValue() == null) {
                failures.put(t.getKey(), "cannot read the file");
                continue;
            }
            try {
                for (Object doc : yaml().loadAll(t.getValue())) {
                    if (!(doc instanceof Map<?, ?> map)) {
                        throw new SigmaException("a YAML document is not a mapping");
                    }
                    @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) map;
                    if (m.containsKey("correlation")) {
                        correlationDocs.add(m);
                    } else {
                        rules.add(rule(m));
                    }
                }
            } catch (SigmaException | org.yaml.snakeyaml.error.YAMLException | ClassCastException | IllegalArgumentException e) {
                failures.put(t.getKey(), e.getMessage());
            }
        }
        List<Correlation> correlations = new ArrayList<>();
        for (Map<String, Object> doc : correlationDocs) {
            try {
                correlations.add(Correlation.of(doc, rules));
            } catch (SigmaException | ClassCastException | IllegalArgumentException e) {
                failures.put(String.valueOf(doc.getOrDefault("id", doc.get("title"))), e.getMessage());
            }
        }
        return new Loaded(List.copyOf(rules), List.copyOf(correlations), failures);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        return new Yaml(new SafeConstructor(options));
    }

    @SuppressWarnings("unchecked")
    SigmaRule rule(Map<String, Object> doc) {
        Object detection = doc.get("detection");
        if (!(detection instanceof Map<?, ?> det)) {
            throw new SigmaException("no detection section");
        }
        Object condition = det.get("condition");
        if (condition == null) {
            throw new SigmaException("no condition");
        }
        Map<String, Compiled> selections = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : det.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!name.equals("condition") && !name.equals("timeframe")) {
                selections.put(name, selection(e.getValue()));
            }
        }
        Compiled compiled;
        if (condition instanceof List<?> list) {
            List<Compiled> any = new ArrayList<>();
            for (Object c : list) {
                any.add(Conditions.compile(String.valueOf(c), selections));
            }
            compiled = Compiled.or(any);
        } else {
            compiled = Conditions.compile(String.valueOf(condition), selections);
        }
        Map<String, String> logsource = new LinkedHashMap<>();
        if (doc.get("logsource") instanceof Map<?, ?> ls) {
            ls.forEach((k, v) -> logsource.put(String.valueOf(k), String.valueOf(v)));
        }
        List<String> tags = doc.get("tags") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        return new SigmaRule(String.valueOf(doc.get("id")), doc.get("name") == null ? null : String.valueOf(doc.get("name")),
                String.valueOf(doc.get("title")), String.valueOf(doc.getOrDefault("level", "medium")), logsource, tags,
                compiled.test(), compiled.needs());
    }

    /** A selection: a map (all items, cheapest first), a list of maps (any map), or a list of keywords. */
    @SuppressWarnings("unchecked")
    private Compiled selection(Object value) {
        if (value instanceof Map<?, ?> map) {
            record Item(int cost, Compiled compiled) {
            }
            List<Item> items = new ArrayList<>();
            for (Map.Entry<?, ?> item : map.entrySet()) {
                String key = String.valueOf(item.getKey());
                String[] parts = key.split("\\|", -1);
                String field = parts[0].isEmpty() ? null : parts[0];
                List<String> modifiers = Arrays.asList(parts).subList(1, parts.length);
                List<Object> values = item.getValue() instanceof List<?> l ? (List<Object>) l : java.util.Collections.singletonList(item.getValue());
                if (values.isEmpty()) {
                    throw new SigmaException("empty value list for '" + key + "'");
                }
                items.add(new Item(FieldMatchers.cost(field, modifiers, values), new Compiled(
                        FieldMatchers.compile(field, modifiers, values, placeholders), FieldMatchers.needs(field, modifiers, values))));
            }
            items.sort(java.util.Comparator.comparingInt(Item::cost));
            return Compiled.and(items.stream().map(Item::compiled).toList());
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            if (list.stream().allMatch(v -> v instanceof Map)) {
                List<Compiled> any = new ArrayList<>();
                for (Object m : list) {
                    any.add(selection(m));
                }
                return Compiled.or(any);
            }
            return new Compiled(FieldMatchers.compile(null, List.of(), (List<Object>) list, placeholders),
                    FieldMatchers.needs(null, List.of(), (List<Object>) list));
        }
        if (value instanceof String || value instanceof Number) {
            return new Compiled(FieldMatchers.compile(null, List.of(), List.of(value), placeholders),
                    FieldMatchers.needs(null, List.of(), List.of(value)));
        }
        throw new SigmaException("a selection is neither a map nor a list");
    }
}
