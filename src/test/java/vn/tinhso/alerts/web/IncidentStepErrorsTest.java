package vn.tinhso.alerts.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IncidentStepErrorsTest {

    @Autowired Alerts alerts;
    @Autowired MockMvc mvc;

    @Test
    void aStepOutOfOrderAnswers400AndAnUnknownIncident404NotA500() throws Exception {
        Instant t = Instant.parse("2026-11-28T04:00:00Z");
        long alert = alerts.raise(new AlertDraft("security", "step-errors-test", "Step errors test", Severity.LOW,
                Map.of("source.ip", "192.0.2.201"), t, t, 1)).id();
        long incident = alerts.openIncident(alert, "soc").id();

        mvc.perform(post("/alerts/incidents/" + incident + "/status").param("status", "CLOSED")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/alerts/incidents/" + incident + "/status").param("status", "no-such-status")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/alerts/incidents/999999999/status").param("status", "TRIAGE")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/alerts/incidents/" + incident + "/status").param("status", "TRIAGE")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
