package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;
import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/** auth.log lines go through the same intake as live syslog, the detector reads the log, alerts come out grouped. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SocPipelineTest {

    static final String BRUTE_FORCE = "6f0d6c3e-2b1a-4c55-9a53-7c0a4b1e5a10";
    static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    static final ParseOptions YEAR_2026 = new ParseOptions(2026, ZoneOffset.UTC, Clock.systemUTC());

    @Autowired Intake intake;
    @Autowired SigmaDetector detector;
    @Autowired Alerts alerts;
    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired LogsReplayCommand replay;

    /** A generated auth.log: an attacker failing every 10 s, and a legitimate user failing twice then logging in. */
    static List<String> authLog(String attacker, Instant start, int failures) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < failures; i++) {
            String at = SYSLOG.format(start.plusSeconds(10L * i));
            lines.add(at + " bastion sshd[" + (4000 + i) + "]: Failed password for invalid user admin" + (i % 3)
                    + " from " + attacker + " port " + (50000 + i) + " ssh2");
            if (i < 2) {
                lines.add(at + " bastion sshd[3000]: Failed password for linh from 198.51.100.23 port 40000 ssh2");
            }
        }
        lines.add(SYSLOG.format(start.plusSeconds(30)) + " bastion sshd[3001]: Accepted password for linh from 198.51.100.23 port 40001 ssh2");
        lines.add(SYSLOG.format(start.plusSeconds(31)) + " bastion kernel: random noise");
        return lines;
    }

    void detectAll() {
        while (detector.runOnce() > 0) {
            // drain the log
        }
    }

    @Test
    void aReplayedBruteForceOpensOneGroupedAlertCarryingTheAttackerThatBecomesAnIncidentWithMttdAndMttr() throws Exception {
        assertThat(detector.failures()).isEmpty();
        String attacker = "203.0.113.66";
        Instant start = Instant.parse("2026-11-28T01:00:00Z");
        Intake.IntakeResult first = intake.accept("replay-test", LogFormat.AUTH, YEAR_2026, authLog(attacker, start, 15));
        assertThat(first.accepted()).isEqualTo(19);
        detectAll();

        List<Alert> raised = alerts.find(new Alerts.AlertQuery(BRUTE_FORCE, attacker, null, null, null, 10));
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.entities()).containsEntry("source.ip", attacker);
            assertThat(a.count()).isEqualTo(10);
            assertThat(a.severity().code()).isEqualTo("high");
            assertThat(a.firstSeen()).isEqualTo(start);
        });
        assertThat(alerts.find(new Alerts.AlertQuery(BRUTE_FORCE, "198.51.100.23", null, null, null, 10))).isEmpty();

        // A second wave from the same address is grouped into the open alert.
        intake.accept("replay-test", LogFormat.AUTH, YEAR_2026, authLog(attacker, start.plusSeconds(600), 10));
        detectAll();
        Alert grouped = alerts.find(new Alerts.AlertQuery(BRUTE_FORCE, attacker, null, null, null, 10)).get(0);
        assertThat(alerts.find(new Alerts.AlertQuery(BRUTE_FORCE, attacker, null, null, null, 10))).hasSize(1);
        assertThat(grouped.count()).isEqualTo(20);
        assertThat(grouped.lastSeen()).isEqualTo(start.plusSeconds(600 + 90));

        Incident incident = alerts.openIncident(grouped.id(), "soc1");
        assertThat(incident.timeToDetect()).isPositive();
        assertThat(incident.timeToResolve()).isNull();
        for (String s : List.of("TRIAGE", "CONTAINED", "RESOLVED", "CLOSED")) {
            incident = alerts.advance(incident.id(), s, "soc1");
        }
        assertThat(incident.status()).isEqualTo("CLOSED");
        assertThat(incident.timeToResolve()).isNotNull();
        assertThat(incident.timeToResolve().isNegative()).isFalse();
        List<String> timeline = incident.timeline().stream().map(Incident.TimelineEntry::entry).toList();
        assertThat(timeline).contains("NEW → TRIAGE", "RESOLVED → CLOSED");
        assertThat(timeline.get(0)).startsWith("opened from alert #" + grouped.id());
        assertThat(alerts.alert(grouped.id()).orElseThrow().status()).isEqualTo("CLOSED");
    }

    @Test
    void anIncidentMovesOneStepAtATime() {
        Alert a = alerts.raise(new vn.tinhso.alerts.AlertDraft("security", "test-rule", "Test rule", vn.tinhso.alerts.Severity.LOW,
                java.util.Map.of("host.name", "step-test"), Instant.parse("2026-11-28T00:00:00Z"), Instant.parse("2026-11-28T00:01:00Z"), 1));
        Incident i = alerts.openIncident(a.id(), "soc1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alerts.advance(i.id(), "CLOSED", "soc1"))
                .hasMessage("an incident goes from NEW to TRIAGE, not to CLOSED");
    }

    @Test
    void theConsoleShowsTheQueueToSocAnalystsInBothLanguagesAndToNoOneElse() throws Exception {
        intake.accept("console-test", LogFormat.AUTH, YEAR_2026, authLog("203.0.113.77", Instant.parse("2026-11-28T03:00:00Z"), 12));
        detectAll();
        String vi = mvc.perform(get("/alerts").param("lang", "vi").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("Hàng đợi cảnh báo", "source.ip=203.0.113.77", "SSH brute force from one source", "id=\"rules-chart\"", "Cao");
        String en = mvc.perform(get("/alerts").param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Alert queue", "Open alerts by severity", "source.ip=203.0.113.77", "High");
        assertThat(mvc.perform(get("/alerts/queue").with(user("soc").roles("SOC_ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"queue\"", "203.0.113.77").doesNotContain("<html");
        mvc.perform(get("/alerts").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());

        accounts.createIfAbsent("soc-api", "SOC API", "soc-api-password-1", EnumSet.of(Role.SOC_ANALYST));
        String token = tokens.issue("soc-api", "soc", Role.SOC_ANALYST, Set.of("alerts:read"), Duration.ofDays(1)).secret();
        mvc.perform(get("/api/alerts/alerts").param("entity", "203.0.113.77").param("rule", BRUTE_FORCE)
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].entities['source.ip']").value("203.0.113.77"));
    }

    @Test
    void logsReplayFeedsAFileThroughIntakeAndDetectionAndNamesTheBadLinesByNumber(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<String> lines = new ArrayList<>(authLog("203.0.113.88", Instant.parse("2026-11-28T05:00:00Z"), 11));
        lines.add(3, "\u0001garbage that is no log line");
        java.nio.file.Path file = dir.resolve("auth.log");
        java.nio.file.Files.write(file, lines);
        var text = new java.io.ByteArrayOutputStream();
        int exit = replay.replay(file, LogFormat.AUTO, YEAR_2026, new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(text.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("line 4: no parser recognises the line", "16 lines, 15 events stored, 1 lines kept aside as malformed");
        assertThat(alerts.find(new Alerts.AlertQuery(BRUTE_FORCE, "203.0.113.88", null, null, null, 10))).hasSize(1);

        var usage = new java.io.ByteArrayOutputStream();
        assertThat(replay.run(new java.io.PrintStream(usage, true))).isEqualTo(2);
        assertThat(usage.toString()).startsWith("Usage: logs replay FILE");
    }
}
