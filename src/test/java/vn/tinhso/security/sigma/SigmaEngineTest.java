package vn.tinhso.security.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SigmaEngineTest {

    static SigmaRule rule(String detection) {
        return rule(detection, Map.of());
    }

    static SigmaRule rule(String detection, Map<String, List<String>> placeholders) {
        SigmaRules.Loaded l = new SigmaRules(placeholders).load(Map.of("t.yml",
                "title: t\nid: t\nlogsource: {product: test}\ndetection:\n" + detection.indent(4)));
        assertThat(l.failures()).isEmpty();
        return l.rules().get(0);
    }

    static Map<String, Object> event(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void plainValuesMatchWholeAndWithoutCaseWildcardsAndEscapesAsTheSpecificationSays() {
        // In YAML 'C:\Windows\\*' is a backslash then a wildcard; '\*' alone would be a literal star.
        SigmaRule r = rule("sel:\n  Image: 'C:\\Windows\\\\*\\cmd.exe'\n  User: 'adm?n'\ncondition: sel");
        assertThat(r.matches(event("Image", "c:\\windows\\system32\\CMD.EXE", "User", "ADMIN"))).isTrue();
        assertThat(r.matches(event("Image", "c:\\windows\\cmd.exe", "User", "admin"))).isFalse();
        assertThat(rule("sel:\n  a: 'x\\*y'\ncondition: sel").matches(event("a", "x*y"))).isTrue();
        assertThat(rule("sel:\n  a: 'x\\*y'\ncondition: sel").matches(event("a", "xzzy"))).isFalse();
        assertThat(rule("sel:\n  a|cased: 'Abc'\ncondition: sel").matches(event("a", "abc"))).isFalse();
        assertThat(rule("sel:\n  EventID: 4625\ncondition: sel").matches(event("EventID", 4625L))).isTrue();
    }

    @Test
    void containsStartswithEndswithAndAllCombineAsDocumented() {
        SigmaRule r = rule("sel:\n  cmd|contains|all: ['-enc', 'hidden']\ncondition: sel");
        assertThat(r.matches(event("cmd", "powershell -WindowStyle Hidden -Enc AAA"))).isTrue();
        assertThat(r.matches(event("cmd", "powershell -Enc AAA"))).isFalse();
        assertThat(rule("sel:\n  p|startswith: '/tmp/'\ncondition: sel").matches(event("p", "/tmp/x"))).isTrue();
        assertThat(rule("sel:\n  p|endswith: ['.sh', '.py']\ncondition: sel").matches(event("p", "/tmp/x.PY"))).isTrue();
        assertThat(rule("sel:\n  p: null\ncondition: sel").matches(event("q", "1"))).isTrue();
    }

    @Test
    void regularExpressionsTakeFlagsAndAHostilePatternGivesUpInsteadOfHanging() {
        assertThat(rule("sel:\n  m|re: '^abc$'\ncondition: sel").matches(event("m", "ABC"))).isFalse();
        assertThat(rule("sel:\n  m|re|i: '^abc$'\ncondition: sel").matches(event("m", "ABC"))).isTrue();
        assertThat(rule("sel:\n  m|re|m: '^b$'\ncondition: sel").matches(event("m", "a\nb\nc"))).isTrue();
        assertThat(rule("sel:\n  m|re|s: 'a.c'\ncondition: sel").matches(event("m", "a\nc"))).isTrue();
        SigmaRule evil = rule("sel:\n  m|re: '^(a+)+$'\ncondition: sel");
        assertThat(evil.matches(event("m", "a".repeat(40) + "!"))).isFalse();
    }

    @Test
    void encodingModifiersFindTheValueInsideBase64AndUtf16() {
        String encoded = Base64.getEncoder().encodeToString("xxx http://evil/ yyy".getBytes());
        assertThat(rule("sel:\n  c|base64offset|contains: 'http://'\ncondition: sel").matches(event("c", "cmd " + encoded))).isTrue();
        String plain = Base64.getEncoder().encodeToString("http://".getBytes());
        assertThat(rule("sel:\n  c|base64: 'http://'\ncondition: sel").matches(event("c", plain))).isTrue();
        String wide = Base64.getEncoder().encodeToString("ping".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(rule("sel:\n  c|wide|base64: 'ping'\ncondition: sel").matches(event("c", wide))).isTrue();
        assertThat(rule("sel:\n  c|windash|contains: ' -enc '\ncondition: sel").matches(event("c", "powershell /enc AA"))).isTrue();
    }

    @Test
    void cidrExistsFieldrefNumbersExpandAndKeywords() {
        assertThat(rule("sel:\n  ip|cidr: ['10.0.0.0/8', 'fd00::/8']\ncondition: sel").matches(event("ip", "10.2.3.4"))).isTrue();
        assertThat(rule("sel:\n  ip|cidr: '10.0.0.0/8'\ncondition: sel").matches(event("ip", "11.2.3.4"))).isFalse();
        assertThat(rule("sel:\n  ip|cidr: 'fd00::/8'\ncondition: sel").matches(event("ip", "fd12::1"))).isTrue();
        assertThat(rule("sel:\n  u|exists: true\ncondition: sel").matches(event("v", "x"))).isFalse();
        assertThat(rule("sel:\n  a|fieldref: b\ncondition: sel").matches(event("a", "X", "b", "x"))).isTrue();
        assertThat(rule("sel:\n  n|gte: 10\ncondition: sel").matches(event("n", 12L))).isTrue();
        assertThat(rule("sel:\n  n|lt: 10\ncondition: sel").matches(event("n", "12"))).isFalse();
        assertThat(rule("sel:\n  p|expand: '%admins%'\ncondition: sel", Map.of("admins", List.of("root", "linh")))
                .matches(event("p", "linh"))).isTrue();
        SigmaRules.Loaded missing = new SigmaRules(Map.of()).load(Map.of("x.yml",
                "title: x\nid: x\ndetection:\n  sel:\n    p|expand: '%nope%'\n  condition: sel\n"));
        assertThat(missing.failures()).containsEntry("x.yml", "no value configured for placeholder %nope%");
        assertThat(rule("keywords:\n  - 'wget http'\n  - 'curl http'\ncondition: keywords").matches(event("message", "sh -c curl http://x"))).isTrue();
    }

    @Test
    void conditionsWithNotParenthesesAndOfAndThem() {
        String sels = "sel_a:\n  a: 1\nsel_b:\n  b: 1\nfilter:\n  c: 1\n";
        assertThat(rule(sels + "condition: 1 of sel_* and not filter").matches(event("b", 1L))).isTrue();
        assertThat(rule(sels + "condition: 1 of sel_* and not filter").matches(event("b", 1L, "c", 1L))).isFalse();
        assertThat(rule(sels + "condition: all of sel_*").matches(event("a", 1L))).isFalse();
        assertThat(rule(sels + "condition: all of them").matches(event("a", 1L, "b", 1L, "c", 1L))).isTrue();
        assertThat(rule(sels + "condition: not (sel_a or sel_b)").matches(event("c", 1L))).isTrue();
        assertThat(rule(sels + "condition: sel_a or sel_b and filter").matches(event("a", 1L))).isTrue();
    }

    @Test
    void aRuleThatCannotLoadIsReportedWithItsFileAndTheOthersStillLoad() {
        SigmaRules.Loaded l = new SigmaRules(Map.of()).load(Map.of(
                "bad-mod.yml", "title: a\nid: a\ndetection:\n  s:\n    f|nosuch: 1\n  condition: s\n",
                "bad-cond.yml", "title: b\nid: b\ndetection:\n  s:\n    f: 1\n  condition: s and t\n",
                "bad-yaml.yml", "title: [\n",
                "good.yml", "title: c\nid: c\ndetection:\n  s:\n    f: 1\n  condition: s\n"));
        assertThat(l.rules()).extracting(SigmaRule::id).containsExactly("c");
        assertThat(l.failures()).containsEntry("bad-mod.yml", "unknown modifier 'nosuch'")
                .containsEntry("bad-cond.yml", "condition names 't', which is not a selection").containsKey("bad-yaml.yml");
    }

    static Path bundled() throws URISyntaxException {
        return Path.of(SigmaEngineTest.class.getResource("/security/sigma").toURI());
    }

    @Test
    void theWholeBundledSetLoadsAndEveryFileIsAccountedFor() throws Exception {
        SigmaRules.Loaded l = new SigmaRules(Map.of()).loadDirectory(bundled());
        long files;
        try (var walk = Files.walk(bundled())) {
            files = walk.filter(p -> p.toString().endsWith(".yml")).count();
        }
        System.out.printf("bundled Sigma: %d rules and %d correlations loaded, %d failed%n", l.rules().size(),
                l.correlations().size(), l.failures().size());
        l.failures().forEach((f, why) -> System.out.println("  not loaded: " + f + ": " + why));
        assertThat(l.correlations()).hasSize(4);
        // One rule per file, but for the pack's multi-document files: ssh.yml (2 rules), web.yml (4), endpoint.yml (2).
        assertThat(l.rules().size() - 6 + l.failures().size()).isEqualTo((int) files - 1);
        assertThat(l.failures()).isEmpty();
    }

    @Test
    void thePackRaisesBruteForceSprayingAndSuccessAfterFailuresPerSource() throws Exception {
        SigmaRules.Loaded l = new SigmaRules(Map.of()).loadDirectory(bundled().resolve("pack"));
        Correlator correlator = new Correlator(l.correlations());
        Instant t = Instant.parse("2026-11-28T02:00:00Z");
        List<Correlator.Hit> hits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> e = event("process.name", "sshd", "event.category", "authentication", "event.outcome", "failure",
                    "source.ip", "203.0.113.9", "user.name", "user" + (i % 6));
            hits.addAll(correlator.accept(t.plusSeconds(20L * i), e, l.rules().stream().filter(r -> r.matches(e)).toList()));
            Map<String, Object> slow = event("process.name", "sshd", "event.category", "authentication", "event.outcome", "failure",
                    "source.ip", "198.51.100.1", "user.name", "root");
            hits.addAll(correlator.accept(t.plusSeconds(40L * i), slow, l.rules().stream().filter(r -> r.matches(slow)).toList()));
        }
        Map<String, Object> ok = event("process.name", "sshd", "event.category", "authentication", "event.outcome", "success",
                "source.ip", "203.0.113.9", "user.name", "user1");
        hits.addAll(correlator.accept(t.plusSeconds(250), ok, l.rules().stream().filter(r -> r.matches(ok)).toList()));

        assertThat(hits).extracting(h -> h.correlation().title() + " " + h.group().get("source.ip") + " " + h.value())
                .containsExactly("Password spraying over SSH 203.0.113.9 5", "SSH brute force from one source 203.0.113.9 10",
                        "Password spraying over SSH 203.0.113.9 5",
                        "SSH login success after failures from the same source 203.0.113.9 2");
    }
}
