package vn.tinhso.security.drills;

import java.time.Instant;
import java.util.List;

import vn.tinhso.streams.LogFormat;

/**
 * A drill scenario: timed injects of realistic log lines (the formats the parsers read), each exercising an ATT&CK
 * technique and expected to raise a named detection rule. Names and descriptions are in the message bundles under
 * {@code security.drill.<code>}.
 */
public record Scenario(String code, List<Inject> injects) {

    public Scenario {
        injects = List.copyOf(injects);
    }

    /** The techniques tested, in the order the injects first exercise them. */
    public List<String> techniques() {
        return injects.stream().map(Inject::technique).distinct().toList();
    }

    /** Seconds from the first inject to the last. */
    public int span() {
        return injects.stream().mapToInt(Inject::offsetSeconds).max().orElse(0);
    }

    /** Lines of one inject for a run: its attacker address and host names may depend on the run. */
    @FunctionalInterface
    public interface Script {
        List<String> lines(Instant at, long run);
    }

    /**
     * @param expectedEntity an entity value the expected alert carries (the attacker's address, the host), derived
     *                       from the run like the script's lines; null when the rule is enough
     */
    public record Inject(String code, String technique, int offsetSeconds, LogFormat format, String expectedRule,
                         java.util.function.LongFunction<String> expectedEntity, Script script) {
    }
}
