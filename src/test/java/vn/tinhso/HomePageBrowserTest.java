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
        assertThat(page.locator("#province-map")).hasAttribute("data-features", "18");
        assertThat(page.locator("#province-map path.leaflet-interactive").count()).isGreaterThanOrEqualTo(17);
        screenshot("home-vi");

        page.click("#lang-en");
        assertThat(page.locator("h1")).hasText("Digital province operations center");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.waitForSelector("#province-map.map-ready");
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
