package vn.tinhso;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.tinhso.access.Role;

class ErrorPageBrowserTest extends BrowserTest {

    @Test
    void aMissingAddressShowsTheErrorPageInTheLayoutInBothLanguages() {
        logInAs(Role.VIEWER);
        page.navigate(url("/no-such-page?x=1"));
        assertThat(page.locator("h1")).hasText("Không tìm thấy trang");
        assertThat(page.locator("header.topbar nav.modules a").first()).isVisible();
        assertThat(page.locator("#error-home")).isVisible();
        screenshot("error-404-vi");

        page.click("#lang-en");
        assertThat(page).hasURL(url("/no-such-page?x=1&lang=en"));
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        screenshot("error-404-en");
    }
}
