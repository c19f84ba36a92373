package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.security.governance.Attribution;
import vn.tinhso.security.governance.SystemRegistry;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;

/** An alert on an address inside a registered system's range names that system and its level, and weighs more. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AlertAttributionTest {

    @Autowired Imports imports;
    @Autowired Alerts alerts;
    @Autowired Attribution attribution;
    @Autowired SystemRegistry registry;
    @Autowired Intake intake;
    @Autowired SigmaDetector detector;
    @Autowired MockMvc mvc;

    void register(String rows) {
        String header = "name,owner_agency,proposed_level,approved_level,dossier_status,decision_date,assets\n";
        assertThat(imports.runNow(new ImportRequest("attribution-systems.csv", (header + rows).getBytes(StandardCharsets.UTF_8),
                "security.systems", null, "Attribution test", "steward", false)).status()).isEqualTo(ImportStatus.ACCEPTED);
    }

    @Test
    void anAlertOnAnAddressInsideASystemsRangeShowsThatSystemAndItsLevel() throws Exception {
        register("""
                ATTR Tax portal,ATTR Finance,3,3,approved,2024-05-01,10.213.70.0/24;attr-tax.example.vn
                ATTR Health records,ATTR Health,4,,submitted,,10.213.71.0/24
                """);
        Alert inside = alerts.raise(new AlertDraft("security", "attr-test", "Attribution test", Severity.MEDIUM,
                Map.of("source.ip", "10.213.70.15", "user.name", "someone"), Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-01T00:00:00Z"), 1));
        Alert outside = alerts.raise(new AlertDraft("security", "attr-test", "Attribution test", Severity.MEDIUM,
                Map.of("source.ip", "10.213.99.15"), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), 1));
        Alert byHost = alerts.raise(new AlertDraft("security", "attr-test", "Attribution test", Severity.MEDIUM,
                Map.of("host.name", "ATTR-TAX.example.vn"), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), 1));

        mvc.perform(get("/api/security/alerts/{id}", inside.id()).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.systems[0].name").value("ATTR Tax portal"))
                .andExpect(jsonPath("$.systems[0].level").value(3))
                .andExpect(jsonPath("$.systems.length()").value(1));
        mvc.perform(get("/api/security/alerts/{id}", outside.id()).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(jsonPath("$.systems.length()").value(0));
        assertThat(attribution.systems(byHost)).extracting(s -> s.name()).containsExactly("ATTR Tax portal");

        long tax = registry.byName("ATTR Tax portal").orElseThrow().id();
        String page = mvc.perform(get("/security/systems/{id}", tax).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("alert-" + inside.id()).contains("alert-" + byHost.id()).doesNotContain("alert-" + outside.id());
        mvc.perform(get("/security/systems/{id}", tax).with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    @Test
    void aBruteForceFromInsideALevelFourSystemIsRaisedOneStepAboveTheRule() {
        register("ATTR Hospital network,ATTR Health,4,,submitted,,10.213.72.0/24\n");
        String attacker = "10.213.72.66";
        intake.accept("attribution-test", LogFormat.AUTH, SocPipelineTest.YEAR_2026,
                SocPipelineTest.authLog(attacker, Instant.parse("2026-11-27T05:00:00Z"), 15));
        while (detector.runOnce() > 0) {
            // drain the log
        }
        List<Alert> raised = alerts.find(new Alerts.AlertQuery(SocPipelineTest.BRUTE_FORCE, attacker, null, null, null, 10));
        assertThat(raised).singleElement().satisfies(a -> assertThat(a.severity()).as("the rule says high").isEqualTo(Severity.CRITICAL));
        assertThat(Attribution.raisedBy(Severity.LOW, registry.owning("10.213.72.1"))).isEqualTo(Severity.MEDIUM);
        assertThat(Attribution.raisedBy(Severity.LOW, List.of())).isEqualTo(Severity.LOW);
    }
}
