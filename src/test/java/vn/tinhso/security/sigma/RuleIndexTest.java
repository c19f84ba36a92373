package vn.tinhso.security.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The rule index finds exactly the rules that trying every rule finds, in the same order. */
class RuleIndexTest {

    @Test
    void theIndexMatchesWhatTryingEveryRuleMatchesOnTheWindowsSample() throws Exception {
        Path dir = WindowsSampleTest.sample();
        List<SigmaRule> rules = new SigmaRules(Map.of()).loadDirectory(dir.resolve("rules")).rules();
        List<Map<String, Object>> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("events"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (var in = new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8)) {
                    events.addAll(EventDocuments.read(in));
                }
            }
        }
        assertThat(sameMatches(rules, events)).isGreaterThan(30);
    }

    /** Events made of each bundled rule's own selection values, so most rules see events close to what they look for. */
    @Test
    void theIndexMatchesWhatTryingEveryRuleMatchesOnEventsBuiltFromTheBundledRules() throws Exception {
        Path dir = SigmaEngineTest.bundled();
        List<SigmaRule> rules = new SigmaRules(Map.of()).loadDirectory(dir).rules();
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(Map.of("process.name", "sshd", "event.category", "authentication", "event.outcome", "failure",
                "source.ip", "203.0.113.9", "message", "Failed password for root from 203.0.113.9 port 22 ssh2"));
        events.add(Map.of("url.original", "/portal/?id=1%27%20union%20select%201--", "http.request.method", "GET",
                "source.ip", "198.51.100.7", "user_agent.original", "sqlmap/1.7"));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (Object doc : new Yaml().loadAll(Files.readString(f))) {
                    if (doc instanceof Map<?, ?> m && m.get("detection") instanceof Map<?, ?> detection) {
                        detection.values().forEach(selection -> events.addAll(eventsOf(selection, m.get("logsource"))));
                    }
                }
            }
        }
        assertThat(events).hasSizeGreaterThan(500);
        assertThat(sameMatches(rules, events)).isGreaterThan(200);
    }

    private static int sameMatches(List<SigmaRule> rules, List<Map<String, Object>> events) {
        RuleIndex index = new RuleIndex(rules);
        int matches = 0;
        for (Map<String, Object> event : events) {
            List<String> everyRule = rules.stream().filter(r -> Logsources.applies(r, event) && r.matches(event)).map(SigmaRule::id).toList();
            assertThat(index.matching(event)).extracting(SigmaRule::id).as(event.toString()).isEqualTo(everyRule);
            matches += everyRule.size();
        }
        return matches;
    }

    private static List<Map<String, Object>> eventsOf(Object selection, Object logsource) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (selection instanceof List<?> l) {
            l.forEach(s -> out.addAll(eventsOf(s, logsource)));
        } else if (selection instanceof Map<?, ?> m) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (logsource instanceof Map<?, ?> ls && "linux".equals(ls.get("product"))) {
                e.put("process.name", "sshd");
                e.put("Image", "/usr/bin/bash");
            }
            m.forEach((k, v) -> {
                String field = String.valueOf(k).split("\\|")[0];
                Object value = v instanceof List<?> vl ? (vl.isEmpty() ? null : vl.get(0)) : v;
                if (!field.isEmpty() && value != null) {
                    e.put(field, value instanceof String s ? "x" + s.replace("*", "") + "y" : value);
                }
            });
            out.add(e);
            out.add(Map.of("message", "keyword " + m.values().iterator().next()));
        } else if (selection instanceof String s) {
            out.add(Map.of("message", "a line with " + s.replace("*", "") + " in it"));
        }
        return out;
    }
}
