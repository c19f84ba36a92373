package vn.tinhso.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NavigationFollowsRolesTest {

    @Autowired MockMvc mvc;

    private String page(String path, String role) throws Exception {
        return mvc.perform(get(path).with(user(role.toLowerCase()).roles(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyModuleContributesItsLinkInDependencyOrder() throws Exception {
        String home = page("/", "VIEWER");
        assertThat(home).contains("id=\"nav-home\"", "id=\"nav-territory\"", "id=\"nav-catalog\"", "id=\"nav-indicators\"",
                "id=\"nav-workforce\"");
        // catalog comes before territory (territory uses catalog), indicators after both, workforce after indicators.
        assertThat(home.indexOf("id=\"nav-home\"")).isLessThan(home.indexOf("id=\"nav-catalog\""));
        assertThat(home.indexOf("id=\"nav-catalog\"")).isLessThan(home.indexOf("id=\"nav-territory\""));
        assertThat(home.indexOf("id=\"nav-territory\"")).isLessThan(home.indexOf("id=\"nav-indicators\""));
        assertThat(home.indexOf("id=\"nav-indicators\"")).isLessThan(home.indexOf("id=\"nav-workforce\""));
    }

    @Test
    void aViewerIsShownNeitherTheAuditLogNorTheImportLink() throws Exception {
        assertThat(page("/", "VIEWER")).contains("id=\"nav-catalog\"").doesNotContain("id=\"nav-audit\"");
        assertThat(page("/catalog", "VIEWER")).contains("id=\"nav-catalog\"").doesNotContain("id=\"new-import\"");
        mvc.perform(get("/audit").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/imports/new").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorIsShownTheAuditLogLastAndAStewardTheImportLink() throws Exception {
        String home = page("/", "ADMIN");
        assertThat(home).contains("id=\"nav-audit\"");
        assertThat(home.indexOf("id=\"nav-workforce\"")).isLessThan(home.indexOf("id=\"nav-audit\""));
        assertThat(page("/catalog", "DATA_STEWARD")).contains("id=\"new-import\"").doesNotContain("id=\"nav-audit\"");
        mvc.perform(get("/catalog/imports/new").with(user("steward").roles("DATA_STEWARD"))).andExpect(status().isOk());
    }
}
