package vn.tinhso.security.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input on the governance forms answers clearly and changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GovernanceFormsTest {

    @Autowired MockMvc mvc;
    @Autowired LegalBasis legalBasis;

    @Test
    void anIncompleteLegalRuleIsShownBackWithItsProblemsAndAValidOneIsAdopted() throws Exception {
        int before = legalBasis.rules().size();
        String page = mvc.perform(post("/security/legal-basis").param("level", "5").param("effectiveFrom", "2030-01-01")
                        .param("basis", "").param("appraiser", "bộ công an").param("approver", "OWNER").param("lang", "en")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("legal-problems").contains("the legal basis is needed")
                .contains("an authority code is capital letters");
        assertThat(legalBasis.rules()).hasSize(before);

        mvc.perform(post("/security/legal-basis").param("level", "5").param("effectiveFrom", "2030-01-01")
                        .param("basis", "Test basis 2030").param("appraiser", "GOVERNMENT_CIPHER_COMMITTEE").param("approver", "OWNER")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(legalBasis.requirement(5, java.time.LocalDate.of(2030, 6, 1)).orElseThrow().appraiser()).isEqualTo("GOVERNMENT_CIPHER_COMMITTEE");
        assertThat(legalBasis.requirement(5, java.time.LocalDate.of(2029, 6, 1)).orElseThrow().appraiser()).isNotEqualTo("GOVERNMENT_CIPHER_COMMITTEE");
        mvc.perform(post("/security/legal-basis").param("level", "5").param("effectiveFrom", "2030-01-01")
                        .param("basis", "x").param("appraiser", "OWNER").param("approver", "OWNER")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDrillWithoutATeamOrOfAnUnknownScenarioIsRefused() throws Exception {
        mvc.perform(post("/security/drills").param("scenario", "ddos-portal").param("team", " ")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/security/drills").param("scenario", "no-such").param("team", "Team")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/security/drills/runs/999999").with(user("soc").roles("SOC_ANALYST"))).andExpect(status().isNotFound());
        mvc.perform(get("/security/systems/999999").with(user("soc").roles("SOC_ANALYST"))).andExpect(status().isNotFound());
    }
}
