package vn.tinhso.indicators;

import vn.tinhso.indicators.internal.Scorecards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ANALYST")
class ScorecardVerificationTest {

    MockMvc mvc;
    @Autowired WebApplicationContext context;
    @Autowired List<DemoDataContributor> demo;
    @Autowired Scorecards scorecards;
    @Autowired JdbcClient jdbc;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    @BeforeEach
    void demoLoaded() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        DemoParts.contribute(demo, "indicator values");
    }

    private Scorecards.ComponentScore component(String unit, String period, String code) {
        return scorecards.score("DTI_PROVINCE", unit, Period.parse(period)).pillars().stream()
                .flatMap(p -> p.components().stream()).filter(c -> c.component().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aRejectedComponentScoresNothingUntilItIsVerifiedAgainAndEveryDecisionIsAudited() throws Exception {
        double before = component("24", "2024Y9M", "ECOMMERCE").points();
        assertThat(before).isPositive();

        mvc.perform(put("/api/indicators/scorecards/DTI_PROVINCE/components/ECOMMERCE/verification").with(csrf())
                        .with(user("inspector").roles("ANALYST")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ou\":\"24\",\"pe\":\"2024Y9M\",\"status\":\"REJECTED\",\"note\":\"survey sample too small\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decidedBy").value("inspector"));
        assertThat(component("24", "2024Y9M", "ECOMMERCE").points()).isZero();
        assertThat(component("24", "2023Y9M", "ECOMMERCE").points()).as("other periods keep their own status").isPositive();

        mvc.perform(put("/api/indicators/scorecards/DTI_PROVINCE/components/ECOMMERCE/verification").with(csrf())
                        .with(user("inspector").roles("ANALYST")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ou\":\"24\",\"pe\":\"2024Y9M\",\"status\":\"VERIFIED\",\"evidence\":\"https://congthuong.bacgiang.gov.vn/bao-cao-9-thang-2024\"}"))
                .andExpect(status().isOk());
        var verified = component("24", "2024Y9M", "ECOMMERCE");
        assertThat(verified.points()).isEqualTo(before);
        assertThat(verified.verification().evidence()).isEqualTo("https://congthuong.bacgiang.gov.vn/bao-cao-9-thang-2024");
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'scorecard.verify' and object_id = 'DTI_PROVINCE/ECOMMERCE/24/2024Y9M'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void evidenceMustBeAWebLinkAndUnknownComponentsAreNotFound() throws Exception {
        mvc.perform(put("/api/indicators/scorecards/DTI_PROVINCE/components/FIBRE/verification").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ou\":\"24\",\"pe\":\"2024Y9M\",\"status\":\"VERIFIED\",\"evidence\":\"javascript:alert(1)\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("http")));
        mvc.perform(put("/api/indicators/scorecards/DTI_PROVINCE/components/NOPE/verification").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ou\":\"24\",\"pe\":\"2024Y9M\",\"status\":\"VERIFIED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/indicators/scorecards/DTI_PROVINCE/components/FIBRE/verification").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ou\":\"24\",\"pe\":\"2024Y9M\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aViewerCanSeeButNotDecide() throws Exception {
        mvc.perform(put("/api/indicators/scorecards/DTI_PROVINCE/components/FIBRE/verification").with(csrf())
                        .with(user("v").roles("VIEWER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ou\":\"24\",\"pe\":\"2024Y9M\",\"status\":\"REJECTED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indicators/scorecards/DTI_PROVINCE/components/FIBRE/verification").with(csrf())
                        .with(user("v").roles("VIEWER")).param("ou", "24").param("pe", "2024Y9M").param("status", "REJECTED"))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/indicators/scorecards").param("pe", "2024Y9M").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("class=\"verify-form\"");
    }

    @Test
    void anAnalystDecidesFromTheScorecardPage() throws Exception {
        mvc.perform(post("/indicators/scorecards/DTI_PROVINCE/components/SMARTPHONE/verification").with(csrf())
                        .with(user("page-analyst").roles("ANALYST")).param("ou", "24").param("pe", "2023Y9M")
                        .param("status", "PENDING").param("note", "waiting for the 2023 survey report"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/indicators/scorecards").param("pe", "2023Y9M").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"verify-form\"").contains("waiting for the 2023 survey report").contains("page-analyst");
    }

    @Test
    void thePageFormChecksADecisionAsTheApiDoes() throws Exception {
        String longLink = "https://example.gov.vn/" + "a".repeat(5_000);
        String[][] refused = {{"24", longLink, null}, {"24", null, "n".repeat(5_000)}, {"nope", null, "unknown unit"},
                {"24", null, "bell\u0007"}};
        for (String[] r : refused) {
            var request = post("/indicators/scorecards/DTI_PROVINCE/components/FIBRE/verification").with(csrf())
                    .with(user("form-analyst").roles("ANALYST")).param("ou", r[0]).param("pe", "2022Y9M").param("status", "VERIFIED");
            if (r[1] != null) request.param("evidence", r[1]);
            if (r[2] != null) request.param("note", r[2]);
            mvc.perform(request).andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("verificationProblem"));
            var api = put("/api/indicators/scorecards/DTI_PROVINCE/components/FIBRE/verification").with(csrf())
                    .with(user("form-analyst").roles("ANALYST")).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(java.util.Map.of("ou", r[0], "pe", "2022Y9M", "status", "VERIFIED",
                            "evidence", r[1] == null ? "" : r[1], "note", r[2] == null ? "" : r[2])));
            mvc.perform(api).andExpect(status().is4xxClientError());
        }
        assertThat(jdbc.sql("select count(*) from indicators.component_verification where decided_by = 'form-analyst'")
                .query(Long.class).single()).isZero();
    }
}
