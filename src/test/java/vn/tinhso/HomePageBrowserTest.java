package vn.tinhso;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.tinhso.access.Role;

class HomePageBrowserTest extends BrowserTest {

    @Test
    void loggedInUserSwitchesToEnglishAndBackAndSeesTheDistrictBoundaries() {
        logInAs(Role.VIEWER);
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("h1")).hasText("Trung tâm điều hành tỉnh số");

        page.waitForSelector("#province-map.map-ready");
        // Old Bắc Giang on 2024-09-30: ten districts, nine with a polygon (Thị xã Chũ has none in the source).
        assertThat(page.locator("#province-map")).hasAttribute("data-features", "10");
        assertThat(page.locator("#province-map path.leaflet-interactive").count()).isGreaterThanOrEqualTo(9);
        assertThat(page.locator("#province-map")).hasAttribute("data-point-count", "192");
        org.assertj.core.api.Assertions.assertThat(page.textContent("#card-population .value")).matches("\\d{1,3}(\\.\\d{3})+");
        screenshot("home-vi");

        page.click("#lang-en");
        assertThat(page.locator("h1")).hasText("Digital province operations center");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.waitForSelector("#province-map.map-ready");
        org.assertj.core.api.Assertions.assertThat(page.textContent("#card-population .value")).matches("\\d{1,3}(,\\d{3})+");
        screenshot("home-en");

        page.click("#lang-vi");
        assertThat(page.locator("h1")).hasText("Trung tâm điều hành tỉnh số");
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("#login-submit")).isVisible();
    }
}
