package vn.tinhso.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;
import vn.tinhso.territory.Territory;

/** The demo's raw records go through the import kinds, and the registry and the model give the article's figures. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InfrastructureDemoTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired Territory territory;
    @Autowired MockMvc mvc;
    @Autowired Analytics analytics;

    private static boolean generated;

    @BeforeEach
    void demoInfrastructure() {
        if (generated) return;
        generated = true;
        if (territory.villages("24", DemoContext.ARTICLE_DATE).stream().noneMatch(v -> v.code().length() == 8))
            DemoParts.contribute(contributors, "villages");
        DemoParts.contribute(contributors, "infrastructure");
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theApiGivesTheArticlesCountsFromTheRegistryAndTheCoverageWithItsMethod() throws Exception {
        mvc.perform(get("/api/infrastructure/summary").param("asOf", "2024-09-30").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.towers").value(1596))
                .andExpect(jsonPath("$.bts").value(3775))
                .andExpect(jsonPath("$.btsByTechnology.2G").value(884))
                .andExpect(jsonPath("$.btsByTechnology.3G").value(1242))
                .andExpect(jsonPath("$.btsByTechnology.4G").value(1647))
                .andExpect(jsonPath("$.btsByTechnology.5G").value(2))
                .andExpect(jsonPath("$.villagesWithFibrePercent").value(100.0))
                .andExpect(jsonPath("$.householdsOnFibrePercent").value(86.3))
                .andExpect(jsonPath("$.populationCoveredPercent.4G").isNumber())
                .andExpect(jsonPath("$.method").value(org.hamcrest.Matchers.startsWith("Modelled, no terrain")));
        // Reported, not asserted: the time one run of the coverage model takes on the demo (villages × cells).
        String fresh = mvc.perform(get("/api/infrastructure/summary").param("asOf", "2024-09-29").with(user("v").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        System.out.println("infrastructure coverage model on the demo: " + fresh.replaceAll(".*\"modelMillis\":(\\d+).*", "$1") + " ms");
        // Counts as of a date: before the first 5G station went on air (March 2024) there was none.
        mvc.perform(get("/api/infrastructure/summary").param("asOf", "2024-02-28").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.btsByTechnology.5G").value(0))
                .andExpect(jsonPath("$.btsByTechnology.4G").value(org.hamcrest.Matchers.lessThan(1647)));
    }

    @Test
    void theHomePageCardsShowTheTowersBtsFibreAndFourGCoverageInBothLanguages() throws Exception {
        String vi = mvc.perform(get("/").param("lang", "vi").param("asOf", "2024-09-30").with(user("v").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("id=\"card-infra-towers\"", "id=\"nav-infrastructure\"", "Hạ tầng số");
        String towers = vi.substring(vi.indexOf("id=\"card-infra-towers\""), vi.indexOf("</article>", vi.indexOf("id=\"card-infra-towers\"")));
        String bts = vi.substring(vi.indexOf("id=\"card-infra-bts\""), vi.indexOf("</article>", vi.indexOf("id=\"card-infra-bts\"")));
        String fourG = vi.substring(vi.indexOf("id=\"card-infra-4g\""), vi.indexOf("</article>", vi.indexOf("id=\"card-infra-4g\"")));
        assertThat(towers).contains("1.596");
        assertThat(bts).contains("3.775", "884 / 1.242 / 1.647 / 2");
        assertThat(fourG).contains("Mô hình, không tính địa hình");
        assertThat(vi.substring(vi.indexOf("id=\"card-infra-fibre\""))).contains("100,0 %");
        String en = mvc.perform(get("/").param("lang", "en").param("asOf", "2024-09-30").with(user("v").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Digital infrastructure", "1,596", "884 / 1,242 / 1,647 / 2", "Modelled, no terrain");
    }

    @Test
    void thePagesShowTheMapChartsTablesGapListAndATowerInBothLanguages() throws Exception {
        String vi = page("/infrastructure?asOf=2024-09-30&technology=4G", "vi");
        assertThat(vi).contains("id=\"infra-map\"", "id=\"chart-bts\"", "id=\"chart-coverage\"", "id=\"bts-by-operator\"",
                "Nhà mạng tốt nhất", "Viettel", "/js/infrastructure.js", "id=\"count-towers\"");
        String en = page("/infrastructure?asOf=2024-09-30", "en");
        assertThat(en).contains("Best operator per place", "Base stations by operator and technology", "Modelled, no terrain");
        String gaps = page("/infrastructure/gaps?asOf=2024-09-30&budget=3", "en");
        assertThat(gaps).contains("Digital-gap list", "Where the next 4G sites should go", "id=\"proposals\"");
        assertThat(page("/infrastructure/gaps?asOf=2024-09-30", "vi")).contains("Danh sách vùng lõm số");
        assertThat(page("/infrastructure/towers/BG00001", "vi")).contains("Cột BG00001", "id=\"cells\"");
        assertThat(page("/infrastructure/towers/BG00001", "en")).contains("Tower BG00001", "Cells on the tower");
        String csv = mvc.perform(get("/api/infrastructure/gaps.csv").param("asOf", "2024-09-30").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("village,name,commune,commune_name,population,best_technology,has_4g,has_fibre");
        mvc.perform(get("/api/infrastructure/towers").param("asOf", "2024-09-30").param("technology", "5G").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.features.length()").value(2));
    }

    @Test
    void theFiguresBecomeIndicatorValuesOnceTheImportsHaveCommitted() {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
            assertThat(value("TOWERS", "2024")).isEqualTo(1596);
            assertThat(value("BTS_4G", "2024")).isEqualTo(1647);
            assertThat(value("VILLAGES_FIBRE_SHARE", "2024")).isEqualTo(100);
            assertThat(value("POP_COVERED_4G", "2024")).isPositive();
        });
    }

    @Test
    void householdsOnFibreAreTheSubscriptionsOverTheCensusHouseholdsPerCommuneAndForTheProvinceWithTheirMethod() throws Exception {
        mvc.perform(get("/api/infrastructure/households-on-fibre").param("asOf", "2024-09-30").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.percent").value(86.3))
                .andExpect(jsonPath("$.method").value(org.hamcrest.Matchers.containsString("census households of its villages")))
                .andExpect(jsonPath("$.communesCensus").value(org.hamcrest.Matchers.greaterThan(100)))
                .andExpect(jsonPath("$.communes[0].method").value("census"))
                .andExpect(jsonPath("$.communes[0].reportedOn").value("2024-09-30"));
        // Before the operators' first report there is nothing to divide.
        mvc.perform(get("/api/infrastructure/households-on-fibre").param("asOf", "2024-09-29").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.communes.length()").value(0));
        String vi = mvc.perform(get("/").param("lang", "vi").param("asOf", "2024-09-30").with(user("v").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        String card = vi.substring(vi.indexOf("id=\"card-infra-hh-fibre\""), vi.indexOf("</article>", vi.indexOf("id=\"card-infra-hh-fibre\"")));
        assertThat(card).contains("86,3 %", "số hộ điều tra");
        assertThat(page("/infrastructure?asOf=2024-09-30", "en")).contains("id=\"households-fibre-method\"", "census households");
        // As an indicator value for the year (the latest report up to its end), per commune and rolled up to the province.
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                assertThat(value("HH_ON_FIBRE", "2024")).isCloseTo(86.3, org.assertj.core.api.Assertions.within(0.05)));
    }

    private double value(String code, String period) {
        return analytics.query(new Analytics.Request(List.of(code), List.of(Period.parse(period)), "24", null,
                Analytics.Boundaries.AS_OF_PERIOD, null, false)).get(0).value();
    }
}
