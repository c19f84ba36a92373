package vn.tinhso.territory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;

class TerritoryPagesBrowserTest extends BrowserTest {

    @Test
    void aViewerSearchesWithoutDiacriticsAndOpensADistrictWithItsMapAndCommunes() {
        logInAs(Role.VIEWER);
        page.navigate(url("/territory"));
        page.fill("#territory-search", "luc ngan");
        page.press("#territory-search", "Enter");
        page.click("#search-results a:has-text('Huyện Lục Ngạn')");

        assertThat(page.locator("#unit-name")).hasText("Huyện Lục Ngạn");
        page.waitForSelector("#unit-map.map-ready");
        assertThat(page.locator("#unit-map")).hasAttribute("data-features", "1");
        assertThat(page.locator("#unit-children")).containsText("Xã");
        screenshot("territory-district");
    }

    @Test
    void aCommuneOfTheNewProvinceIsDrawnAsPointsAndShowsWhereItCameFrom() {
        logInAs(Role.VIEWER);
        page.navigate(url("/territory/units/07210?asOf=2025-07-01"));

        page.waitForSelector("#unit-map.map-ready");
        assertThat(page.locator("#unit-mapping")).containsText("Phường Thọ Xương");
        page.navigate(url("/territory/reorganisation?q=tho xuong"));
        assertThat(page.locator("#reorganisation")).containsText("Phường Bắc Giang");
        screenshot("territory-reorganisation");
    }
}
