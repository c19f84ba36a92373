package vn.tinhso.alerts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.streams.Intake;
import vn.tinhso.streams.IntakeHealth;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SocOverviewShowsIntakeLossesTest {

    @Autowired MockMvc mvc;
    @Autowired Intake intake;
    @Autowired IntakeHealth health;

    @Test
    void theConsoleAndItsApiShowTheUdpDropsAndTheLinesKeptAsideAsUnparseable() throws Exception {
        intake.accept("overview-test", LogFormat.AUTO, ParseOptions.inZone(ZoneOffset.UTC),
                List.of("overview test: no log line at all", "another line no parser knows"));
        IntakeHealth.Counters now = health.counters();
        assertThat(now.deadLetters()).isGreaterThanOrEqualTo(2);

        mvc.perform(get("/api/alerts/overview").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intake.udpDropped").value(now.udpDropped()))
                .andExpect(jsonPath("$.intake.deadLetters").value(now.deadLetters()))
                .andExpect(jsonPath("$.openBySeverity.high").isNumber());

        String en = mvc.perform(get("/alerts").param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Syslog UDP datagrams dropped because storage fell behind", "Lines no parser understood",
                "id=\"udp-dropped\">" + now.udpDropped() + "<");
        assertThat(en).containsPattern("id=\"dead-letters\">[0-9.,\u00a0 ]+<");
        mvc.perform(get("/api/alerts/overview").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }
}
