package vn.tinhso.territory;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class TerritoryPagesTest {

    @Autowired MockMvc mvc;

    @Test
    void theTreePageShowsTheProvinceAndFindsUnitsWithoutDiacritics() throws Exception {
        mvc.perform(get("/territory").param("q", "tho xuong").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỉnh Bắc Giang")))
                .andExpect(content().string(containsString("Huyện Lục Ngạn")))
                .andExpect(content().string(containsString("/territory/units/07201")));
    }

    @Test
    void aUnitPageHasItsMapPopulationAndChildren() throws Exception {
        mvc.perform(get("/territory/units/213").param("asOf", "2024-09-30").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Thọ Xương")))
                .andExpect(content().string(containsString("data-geojson=\"/api/territory/geojson?level=district")))
                .andExpect(content().string(containsString("id=\"unit-population\"")));
        mvc.perform(get("/territory/units/07210").param("asOf", "2025-07-01").param("lang", "en").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Bắc Giang")))
                .andExpect(content().string(containsString("2025 reorganisation")));
    }

    @Test
    void aUnitThatDidNotExistOnTheDateIsNotFound() throws Exception {
        mvc.perform(get("/territory/units/213").param("asOf", "2025-07-01").with(testSecurityContext()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theReorganisationPageShowsOldCommunesUnderTheirNewCommune() throws Exception {
        mvc.perform(get("/territory/reorganisation").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("313")))
                .andExpect(content().string(containsString("Phường Thọ Xương")))
                .andExpect(content().string(containsString("Phường Bắc Giang")));
    }
}
