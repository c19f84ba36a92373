package vn.tinhso;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Old Bắc Ninh (27) as the home province, by configuration alone: every page that defaults to "the province" means 27. */
@SpringBootTest(properties = "tinhso.province=27")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HomeProvinceByConfigurationTest {

    private static final RequestPostProcessor ANALYST = user("a").roles("ANALYST");

    @Autowired MockMvc mvc;

    @Test
    void theIndicatorPagesDefaultToTheConfiguredProvince() throws Exception {
        mvc.perform(get("/indicators").param("lang", "en").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ou=27")))
                .andExpect(content().string(not(containsString("ou=24"))));
        mvc.perform(get("/indicators/quality").param("lang", "en").with(ANALYST)).andExpect(status().isOk());
        mvc.perform(get("/indicators/scorecards").param("lang", "en").with(ANALYST)).andExpect(status().isOk());
    }

    @Test
    void theAnalyticsApiDefaultsToTheConfiguredProvince() throws Exception {
        mvc.perform(get("/api/analytics").param("dx", "ECOM_SHARE").param("pe", "2024Y9M").param("ouLevel", "district")
                        .param("format", "csv").with(ANALYST))
                .andExpect(status().isOk())
                // Districts of old Bắc Ninh (Từ Sơn), none of old Bắc Giang (Lục Nam).
                .andExpect(content().string(containsString("Từ Sơn")))
                .andExpect(content().string(not(containsString("Lục Nam"))));
    }

    @Test
    void theHomePageAndTheReorganisationPageWork() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Bắc Ninh")));
        mvc.perform(get("/territory/reorganisation").param("lang", "en").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2025-07-01")));
    }
}
