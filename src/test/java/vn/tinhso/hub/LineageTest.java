package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.indicators.IndicatorCatalog;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LineageTest {

    @Autowired MockMvc mvc;
    @Autowired List<DemoDataContributor> demo;
    @Autowired Imports imports;
    @Autowired IndicatorCatalog indicators;

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(user("lineage-reader").roles("VIEWER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void aDemoIndicatorValueLeadsBackToTheDatasetVersionItCameFrom() throws Exception {
        DemoParts.contribute(demo, "indicator values");

        JsonNode graph = JsonMapper.builder().build().readTree(read("/api/hub/lineage?dx=ECOM_SHARE&pe=2024Y9M&ou=24"));

        assertThat(graph.get("subject").get("label").asString()).isEqualTo("ECOM_SHARE · 2024Y9M · 24");
        List<String> elements = indicators.elementsUsedBy("ECOM_SHARE");
        assertThat(list(graph.get("nodes")).stream().filter(n -> n.get("kind").asString().equals("ELEMENT")).map(n -> n.get("label").asString()))
                .containsExactlyInAnyOrderElementsOf(elements);
        List<JsonNode> demoVersions = list(graph.get("versions")).stream()
                .filter(v -> "demo-statistics-bac-giang-2022-2024.csv".equals(v.get("fileName").asString(null))).toList();
        assertThat(demoVersions).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("kind").asString()).isEqualTo("indicators.data-values");
            assertThat(v.get("count").asLong()).isPositive();
            assertThat(v.get("sha256").asString()).hasSize(64);
        });
        assertThat(demoVersions.stream().map(v -> v.get("usedBy").asString())).containsAnyElementsOf(elements);
        long versionId = demoVersions.get(0).get("id").asLong();
        assertThat(list(graph.get("edges")).stream().map(e -> e.get("from").asString() + ">" + e.get("to").asString()))
                .contains("version:" + versionId + ">element:" + demoVersions.get(0).get("usedBy").asString());

        assertThat(read("/hub/lineage?dx=ECOM_SHARE&pe=2024Y9M&ou=24"))
                .contains("id=\"lineage-versions\"", "demo-statistics-bac-giang-2022-2024.csv", "/catalog/versions/" + versionId);
        assertThat(read("/indicators?dx=ECOM_SHARE&pe=2024Y9M&ou=24")).contains("/hub/lineage?dx=ECOM_SHARE&amp;pe=2024Y9M&amp;ou=24");
    }

    @Test
    void aPublishedOpenDataFileLeadsBackToTheRegistryVersionsItIsComputedFrom() throws Exception {
        ImportJob job = imports.runNow(new ImportRequest("lineage-enterprises.csv", """
                tax_code,name,vsic,commune,registered_on,status
                9609999017,Công ty Dòng Dõi,62010,07321,2020-01-01,active
                """.getBytes(StandardCharsets.UTF_8), "hub.enterprises", null, "lineage test", "steward", false));
        long version = job.status() == ImportStatus.DUPLICATE ? job.sameAs() : job.id();

        JsonNode graph = JsonMapper.builder().build().readTree(read("/api/hub/lineage/open/enterprises"));

        assertThat(graph.get("subject").get("kind").asString()).isEqualTo("FILE");
        assertThat(list(graph.get("versions"))).anySatisfy(v -> {
            assertThat(v.get("id").asLong()).isEqualTo(version);
            assertThat(v.get("fileName").asString()).isEqualTo("lineage-enterprises.csv");
            assertThat(v.get("usedBy").asString()).isEqualTo("hub.enterprise");
        });
        assertThat(read("/hub")).contains("/hub/lineage/open/enterprises");
    }
}
