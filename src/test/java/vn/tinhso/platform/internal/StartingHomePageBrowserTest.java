package vn.tinhso.platform.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.options.WaitForSelectorState;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;

class StartingHomePageBrowserTest extends BrowserTest {

    @Autowired ReadyBanner readiness;

    @Test
    void whileTheDemoIsGeneratedTheHomePageSaysSoInBothLanguagesAndReloadsItselfWhenReady() {
        try {
            readiness.starting(true);
            logInAs(Role.VIEWER);
            assertThat(page.locator("#starting")).containsText("Đang tạo dữ liệu mẫu");
            page.click("#lang-en");
            assertThat(page.locator("#starting")).containsText("still being generated");
            readiness.starting(false);
            page.waitForSelector("#starting", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.DETACHED).setTimeout(20_000));
            assertThat(page.locator("h1")).hasText("Digital province operations center");
        } finally {
            readiness.starting(false);
        }
    }

    @Test
    void onceStartUpIsOverTheHomePageShowsNoLoadingNotice() {
        logInAs(Role.VIEWER);
        assertThat(page.locator("h1")).hasText("Trung tâm điều hành tỉnh số");
        assertThat(page.locator("#starting")).hasCount(0);
    }
}
