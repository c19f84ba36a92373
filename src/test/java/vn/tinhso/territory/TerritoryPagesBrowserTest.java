package vn.tinhso.territory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

class TerritoryPagesBrowserTest extends BrowserTest {

    @Autowired Imports imports;
    @Autowired Territory territory;

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

    @Test
    void aVillageNameFromAnImportedFileIsShownAsTextInTheMapTooltip() {
        LocalDate asOf = LocalDate.of(2024, 9, 30);
        AdminUnit commune = territory.unit("07201", asOf).orElseThrow();
        String name = "<img src=x id=xss-probe onerror=document.body.classList.add('xss')>";
        String csv = "code,name,commune_code,households,population,latitude,longitude,as_of\n"
                + "XSS-1," + name + ",07201,10,30," + commune.latitude() + "," + commune.longitude() + "," + asOf + "\n";
        var job = imports.runNow(new ImportRequest("xss-villages.csv", csv.getBytes(StandardCharsets.UTF_8), "territory.villages",
                "XSS villages", "Test office", "steward", false));
        org.assertj.core.api.Assertions.assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);

        logInAs(Role.VIEWER);
        page.navigate(url("/territory/units/07201?asOf=" + asOf));
        page.waitForSelector("#unit-map.map-ready");
        page.locator("#unit-map path.leaflet-interactive").last().hover(new Locator.HoverOptions().setForce(true));

        assertThat(page.locator(".leaflet-tooltip")).containsText(name);
        assertThat(page.locator("#xss-probe")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(String.valueOf(page.locator("body").getAttribute("class"))).doesNotContain("xss");
    }
}
