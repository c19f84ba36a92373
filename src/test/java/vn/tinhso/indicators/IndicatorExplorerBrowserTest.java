package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;

class IndicatorExplorerBrowserTest extends BrowserTest {

    @Autowired List<DemoDataContributor> demo;

    @BeforeAll
    void demoValues() {
        DemoParts.contribute(demo, "indicator values");
    }

    @Test
    void pickingECommerceShareShowsAChartAndAMap() {
        logInAs(Role.ANALYST);
        page.navigate(url("/indicators?dx=GRDP_GROWTH&pe=2024Y9M&ouLevel=district"));

        page.selectOption("#dx", "ECOM_SHARE");
        page.waitForURL("**dx=ECOM_SHARE**");
        page.waitForSelector("#indicator-chart.chart-ready");
        page.waitForSelector("#indicator-map.map-ready");

        assertThat(page.textContent("#indicator-name")).contains("thương mại điện tử");
        assertThat(page.locator("#indicator-chart canvas").count()).isPositive();
        assertThat(page.getAttribute("#indicator-map", "data-features")).isEqualTo("10");
        assertThat(page.locator("#indicator-map path.leaflet-interactive").count()).isPositive();
        assertThat(page.locator("#indicator-table tbody tr").count()).isEqualTo(10);
        screenshot("indicator-explorer");
    }

    @Test
    void theExplorerMapHasALegendWithUnitAndATooltipWithNameAndValueInVietnameseNumbers() {
        logInAs(Role.ANALYST);
        page.navigate(url("/indicators?dx=ECOM_SHARE&pe=2024Y9M&ouLevel=district&lang=vi"));
        page.waitForSelector("#indicator-map.map-ready");
        String legend = page.textContent("#indicator-map .map-legend");
        assertThat(legend).contains("(%)").contains("Không có số liệu").containsPattern("\\d+,\\d+ – \\d+,\\d+");
        page.locator("#indicator-map path.leaflet-interactive").first().hover(new com.microsoft.playwright.Locator.HoverOptions().setForce(true));
        page.waitForSelector(".leaflet-tooltip");
        assertThat(page.textContent(".leaflet-tooltip")).containsPattern("\\p{L}.*(\\d+,\\d+ %|Không có số liệu)");
        assertThat(page.textContent("#indicator-table tbody")).containsPattern("\\d+,\\d").doesNotContainPattern("\\d\\.\\d\\b");
        assertThat(page.textContent("#indicator-name")).contains("9 tháng đầu năm 2024");
        assertThat(page.locator("#pe option[selected]").textContent()).isEqualTo("9 tháng đầu năm 2024");
        screenshot("indicator-explorer-legend");
    }

    @Test
    void inEnglishTheExplorerWritesDecimalPoints() {
        logInAs(Role.ANALYST);
        page.navigate(url("/indicators?dx=ECOM_SHARE&pe=2024Y9M&ouLevel=district&lang=en"));
        page.waitForSelector("#indicator-map.map-ready");
        assertThat(page.textContent("#indicator-map .map-legend")).containsPattern("\\d+\\.\\d+ – \\d+\\.\\d+").contains("No data");
        assertThat(page.textContent("#indicator-name")).contains("Jan–Sep 2024");
    }

    @Test
    void theTargetsBoardChartsEachTargetBesideItsTableRowAndECommerceIsGreen() {
        logInAs(Role.VIEWER);
        page.navigate(url("/indicators/targets?pe=2024Y9M"));
        page.waitForSelector("#targets-chart canvas");
        int rows = page.locator("#targets-table tbody tr").count();
        assertThat(rows).isPositive();
        assertThat(page.getAttribute("#targets-chart", "data-bars")).isEqualTo(String.valueOf(rows));
        assertThat(page.locator("#targets-table tbody tr[data-label*='2025'] .rag-GREEN").count()).isPositive();
        screenshot("targets-board");
    }

    @Test
    void theScorecardChartsEachPillarAndNamesTheVerificationStatusInTheUsersLanguage() {
        logInAs(Role.VIEWER);
        page.navigate(url("/indicators/scorecards?pe=2024Y9M"));
        page.waitForSelector("#pillars-chart canvas");
        assertThat(page.getAttribute("#pillars-chart", "data-bars")).isEqualTo(String.valueOf(page.locator("table.pillar").count()));
        assertThat(page.textContent("main")).contains("Đã xác minh").doesNotContain("VERIFIED");
        screenshot("scorecard");
    }
}
