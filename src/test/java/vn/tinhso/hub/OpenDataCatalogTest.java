package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** Communes 09532 and 09535 (Lục Nam) hold only this test's citizens: six in one, three in the other. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenDataCatalogTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void citizens() {
        if (jdbc.sql("select count(*) from hub.citizen where commune_code = '09532'").query(Long.class).single() > 0) return;
        var job = imports.runNow(new ImportRequest("open-citizens.csv", """
                personal_id,full_name,birth_date,sex,commune,household,updated_at
                096070001001,Mạc Văn Một,1970-01-01,male,09532,T-OPEN-1,2024-01-05
                096171001002,Mạc Thị Hai,1971-01-01,female,09532,T-OPEN-1,2024-01-05
                096072001003,Mạc Văn Ba,1972-01-01,male,09532,T-OPEN-2,2024-01-05
                096173001004,Mạc Thị Bốn,1973-01-01,female,09532,T-OPEN-3,2024-01-05
                096074001005,Mạc Văn Năm,1974-01-01,male,09532,T-OPEN-4,2024-01-05
                096175001006,Mạc Thị Sáu,1975-01-01,female,09532,T-OPEN-5,2024-03-05
                096076001007,Mạc Văn Bảy,1976-01-01,male,09535,T-OPEN-6,2024-01-05
                096177001008,Mạc Thị Tám,1977-01-01,female,09535,T-OPEN-6,2024-01-05
                096078001009,Mạc Văn Chín,1978-01-01,male,09535,T-OPEN-6,2024-01-05
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "open data test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(user("open-reader").roles("VIEWER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogDescribesEachOpenDatasetInDcatAp() throws Exception {
        JsonNode catalog = JsonMapper.builder().build().readTree(read("/api/hub/open/catalog"));
        assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalog.get("dcat:dataset")).hasSize(3).allSatisfy(d -> {
            for (String field : new String[] {"dct:title", "dct:description", "dct:publisher", "dcat:theme", "dct:spatial", "dct:temporal",
                    "dct:license", "dcat:distribution"})
                assertThat(d.has(field)).as(field).isTrue();
            assertThat(d.get("dcat:distribution")).hasSize(2);
        });
    }

    @Test
    void populationIsPublishedAsCountsWithoutPersonalFieldsAndSmallCountsWithheld() throws Exception {
        String csv = read("/api/hub/open/population-by-commune.csv");
        assertThat(csv).startsWith("commune,citizens,households,female,male\n").contains("\n09532,6,5,,\n").contains("\n09535,,,,\n")
                .doesNotContain("Mạc", "096070001001", "T-OPEN");
        assertThat(read("/api/hub/open/population-by-commune.json")).doesNotContain("Mạc", "096070001001");
    }
}
