package vn.tinhso.security.sigma;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A compiled Sigma detection rule: matching an event is one call, with nothing parsed again. {@code needs} are the
 * fields of which an event must have at least one to match (null: the rule can match any event).
 */
public record SigmaRule(String id, String name, String title, String level, Map<String, String> logsource,
                        List<String> tags, Predicate<Map<String, Object>> detection, Set<String> needs) {

    public boolean matches(Map<String, Object> event) {
        return detection.test(event);
    }
}
