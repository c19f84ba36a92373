package vn.tinhso.infrastructure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.territory.Territory;

class InfrastructureMapBrowserTest extends BrowserTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired Territory territory;

    @Test
    void aViewerFiltersTheMapTo4gSeesTheCommuneChoroplethWithItsLegendAndOpensTheGapList() {
        if (territory.villages("24", DemoContext.ARTICLE_DATE).stream().noneMatch(v -> v.code().length() == 8))
            DemoParts.contribute(contributors, "villages");
        DemoParts.contribute(contributors, "infrastructure");

        page.onConsoleMessage(m -> System.out.println("browser console: " + m.text()));
        logInAs(Role.VIEWER);
        page.navigate(url("/infrastructure?asOf=2024-09-30"));
        page.selectOption("#filter-technology", "4G");
        page.waitForURL(u -> u.contains("technology=4G"));
        page.waitForSelector("#infra-map.infra-ready");

        assertThat(page.locator("#infra-map .map-legend")).isVisible();
        assertThat(page.locator("#infra-map .map-legend")).containsText("% dân số có 4G");
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#infra-map").getAttribute("data-tower-count")))
                .isPositive().isLessThanOrEqualTo(1596);
        assertThat(page.locator("#chart-bts canvas")).hasCount(1);
        screenshot("infrastructure-map-4g");

        // The cells' modelled footprints come as a layer that is off until switched on.
        org.assertj.core.api.Assertions.assertThat(page.locator("#infra-map path.footprint").count()).isZero();
        page.locator(".leaflet-control-layers-overlays label").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Vùng phủ của từng cell")).locator("input").check();
        page.waitForSelector("#infra-map[data-footprint-count]");
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#infra-map").getAttribute("data-footprint-count"))).isPositive();
        org.assertj.core.api.Assertions.assertThat(page.locator("#infra-map path.footprint").count()).isPositive();

        page.click("#gap-list-link");
        assertThat(page.locator("h1")).hasText("Danh sách vùng lõm số");
        assertThat(page.locator("#proposals")).isVisible();
        page.waitForSelector("#siting-map.map-ready");
        screenshot("infrastructure-gaps");

        page.click("#scenarios-link");
        assertThat(page.locator("h1")).hasText("Kịch bản đặt trạm mới");
    }
}
