package vn.tinhso.territory;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class TerritoryPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;

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
    void aCommunePageListsItsVillagesWithTheVersionThatBroughtThem() throws Exception {
        var job = imports.runNow(new ImportRequest("page-villages.csv",
                "code,name,commune_code,households,population,fibre,as_of\nPV-1,Thôn Trang,07228,33,120,true,2024-09-30\n"
                        .getBytes(StandardCharsets.UTF_8), "territory.villages", "Page villages", "test", "steward", false));

        mvc.perform(get("/territory/units/07228").param("asOf", "2024-09-30").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thôn Trang")))
                .andExpect(content().string(containsString("/catalog/versions/" + job.id())))
                .andExpect(content().string(containsString("level=village")));
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
