package vn.tinhso.security.drills;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;

class DrillBoardBrowserTest extends BrowserTest {

    @Test
    void anAnalystStartsTheBruteForceDrillAndTheBoardFillsInAsTheDetectorRaisesTheAlerts() {
        page.onConsoleMessage(m -> System.out.println("browser console: " + m.text()));
        logInAs(Role.SOC_ANALYST);
        page.navigate(url("/security/drills?lang=en"));
        page.fill("#scenario-ssh-intrusion input[name=team]", "Blue team");
        page.check("#scenario-ssh-intrusion input[name=compressed]");
        page.click("#scenario-ssh-intrusion button[type=submit]");
        page.waitForURL(u -> u.contains("/security/drills/runs/"));
        assertThat(page.locator("#drill-coverage")).containsText("100 % (3/3)",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#drill-score")).hasText("0 %");
        screenshot("security-drill-run");
        page.navigate(url("/security/drills"));
        screenshot("security-drills");
    }
}
