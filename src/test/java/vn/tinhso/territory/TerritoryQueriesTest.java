package vn.tinhso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class TerritoryQueriesTest {

    private static final LocalDate BEFORE = LocalDate.of(2024, 9, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    @Autowired MockMvc mvc;
    @Autowired Territory territory;

    @Test
    void oldBacGiangHasTenDistrictsAndItsCommunesOnTheArticleDate() throws Exception {
        mvc.perform(api("/api/territory/units?asOf=2024-09-30&level=district&within=24"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(10))
                .andExpect(jsonPath("$.items[*].parentCode", everyItem(is("24"))));
        mvc.perform(api("/api/territory/units?asOf=2024-09-30&level=commune&within=24&size=1000"))
                .andExpect(jsonPath("$.total").value(192))
                .andExpect(jsonPath("$.items[*].code", hasItem("07201")));
        assertThat(territory.units(BEFORE, "commune", "27")).hasSize(121);
        assertThat(territory.unit("24", BEFORE)).get().extracting(AdminUnit::name).isEqualTo("Tỉnh Bắc Giang");
    }

    @Test
    void fromJuly2025TheNewBacNinhHasItsCommunesAndNoDistrictLevel() throws Exception {
        mvc.perform(api("/api/territory/units?asOf=2025-07-01&level=province"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("24"))
                .andExpect(jsonPath("$.items[0].name").value("Tỉnh Bắc Ninh"));
        mvc.perform(api("/api/territory/units?asOf=2025-07-01&level=district")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(api("/api/territory/units?asOf=2025-07-01&level=commune&within=24&size=1000"))
                .andExpect(jsonPath("$.total").value(99))
                .andExpect(jsonPath("$.items[*].parentCode", everyItem(is("24"))));
    }

    @Test
    void searchIgnoresDiacritics() throws Exception {
        mvc.perform(api("/api/territory/units?asOf=2024-09-30&q=bac giang"))
                .andExpect(jsonPath("$.items[*].name", hasItem("Tỉnh Bắc Giang")))
                .andExpect(jsonPath("$.items[*].name", hasItem("Thành phố Bắc Giang")));
        assertThat(territory.search("THO XUONG", BEFORE, 10)).extracting(AdminUnit::code).contains("07201");
    }

    @Test
    void aUnitComesWithItsAncestorsAndChildren() throws Exception {
        mvc.perform(api("/api/territory/units/07201?asOf=2024-09-30"))
                .andExpect(jsonPath("$.unit.name").value("Phường Thọ Xương"))
                .andExpect(jsonPath("$.ancestors[0].code").value("24"))
                .andExpect(jsonPath("$.ancestors[1].code").value("213"));
        mvc.perform(api("/api/territory/units/213?asOf=2024-09-30"))
                .andExpect(jsonPath("$.children.length()").value(31));
        mvc.perform(api("/api/territory/units/213?asOf=2025-07-01")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void theMappingOfAUnitReadsBothWays() throws Exception {
        mvc.perform(api("/api/territory/units/07201/mapping"))
                .andExpect(jsonPath("$[0].oldCode").value("07201"))
                .andExpect(jsonPath("$[0].newCode").value("07210"))
                .andExpect(jsonPath("$[0].kind").value("full"));
        assertThat(territory.mappings("07210")).extracting(UnitMapping::oldCode).contains("07201", "07207", "07210");
    }

    @Test
    void districtsComeAsPolygonsAndCommunesAsGeneratedPoints() throws Exception {
        mvc.perform(api("/api/territory/geojson?level=district&asOf=2024-09-30&within=24"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(10))
                .andExpect(jsonPath("$.features[0].geometry.type").value("MultiPolygon"));
        mvc.perform(api("/api/territory/geojson?level=commune&asOf=2024-09-30&within=24"))
                .andExpect(jsonPath("$.features.length()").value(192))
                .andExpect(jsonPath("$.features[*].properties.drawn_as", everyItem(is("generated-point"))));
    }

    @Test
    void theRecastEndpointSumsOldCommunesIntoTheNewOneAndStatesTheWeights() throws Exception {
        mvc.perform(api("/api/territory/recast?from=2024-09-30&to=2025-07-01&value=07201:10&value=07207:2.5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.07210").value(12.5))
                .andExpect(jsonPath("$.weights[0].basis").value("whole unit"));
        mvc.perform(api("/api/territory/recast?from=2024-09-30&to=2025-07-01&value=07201-10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("code:number")));
    }

    private static MockHttpServletRequestBuilder api(String url) {
        return get(url).with(testSecurityContext());
    }
}
