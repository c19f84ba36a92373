package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

/** Commune 07315 holds only this test's citizens. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenDataWithoutSignInTest {

    private static final List<String> PERSONAL_COLUMNS = List.of("personal_id", "full_name", "birth_date", "ethnicity", "household",
            "village", "holder_id", "holder");

    @Autowired MockMvc mvc;
    @Autowired Imports imports;

    private String anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogAndEveryDistributionAreReadWithoutSigningInAndHoldNoPersonalColumn() throws Exception {
        imports.runNow(new ImportRequest("anonymous-open-citizens.csv", """
                personal_id,full_name,birth_date,sex,commune,household
                096080770101,Phan Văn Công,1980-02-02,male,07315,T-ANON-1
                096181770102,Phan Thị Khai,1981-02-02,female,07315,T-ANON-1
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "open data test", "steward", false));

        JsonNode catalog = JsonMapper.builder().build().readTree(anonymous("/api/hub/open/catalog"));
        assertThat(catalog.get("dcat:dataset")).hasSize(3);
        for (JsonNode dataset : catalog.get("dcat:dataset")) {
            String id = dataset.get("dct:identifier").asString();
            String csv = anonymous("/api/hub/open/" + id + ".csv");
            List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).split(","));
            assertThat(header).as(id).isNotEmpty().doesNotContainAnyElementsOf(PERSONAL_COLUMNS);
            String json = anonymous("/api/hub/open/" + id + ".json");
            for (String column : PERSONAL_COLUMNS) assertThat(json).as(id).doesNotContain("\"" + column + "\"");
            assertThat(csv + json).doesNotContain("096080770101", "Phan Văn Công", "T-ANON-1");
        }
    }

    @Test
    void onlyReadingOpenDataIsOpenTheRestStillNeedsSigningIn() throws Exception {
        mvc.perform(get("/api/hub/share/citizens")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/hub/lineage/open/enterprises")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/hub/rules")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/hub/open/catalog")).andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(401, 403));
        mvc.perform(get("/hub")).andExpect(status().is3xxRedirection());
    }
}
