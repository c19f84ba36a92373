package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;

class LineageBrowserTest extends BrowserTest {

    @Autowired List<DemoDataContributor> demo;

    @BeforeAll
    void demoValues() {
        DemoParts.contribute(demo, "indicator values");
    }

    @Test
    void anIndicatorPageOpensItsLineageGraphWithTheDatasetVersionItCameFrom() {
        logInAs(Role.ANALYST);
        page.navigate(url("/indicators?dx=ECOM_SHARE&pe=2024Y9M&ou=24"));
        page.click("#lineage-link");
        page.waitForURL("**/hub/lineage?**");
        page.waitForSelector("#chart-lineage.lineage-ready svg text");

        String json = page.request().get(url("/api/hub/lineage?dx=ECOM_SHARE&pe=2024Y9M&ou=24")).text();
        List<String> versions = new ArrayList<>();
        JsonMapper.builder().build().readTree(json).get("nodes").forEach((JsonNode n) -> {
            if (n.get("kind").asString().equals("VERSION")) versions.add(n.get("label").asString());
        });
        assertThat(versions).isNotEmpty();
        List<String> drawn = page.locator("#chart-lineage svg text").allTextContents();
        assertThat(drawn).contains(versions.get(0)).contains("ECOM_SHARE · 2024Y9M · 24");
        assertThat(page.textContent("#lineage-versions")).contains("demo-statistics-bac-giang-2022-2024.csv");
        screenshot("hub-lineage-graph");
    }
}
