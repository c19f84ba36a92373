package vn.tinhso.hub;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

class HubPagesBrowserTest extends BrowserTest {

    @Autowired Imports imports;

    @Test
    void aStewardSeesTheRegistriesChartThenShowsACitizenWholeForAStatedPurpose() {
        imports.runNow(new ImportRequest("browser-citizens.csv", """
                personal_id,full_name,birth_date,sex,commune,household
                096068001301,Lã Văn Quý,1968-03-03,male,07210,T-BROWSER-1
                096169001302,Lã Thị Quyên,1969-04-04,female,07210,T-BROWSER-1
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "browser test", "steward", false));
        logInAs(Role.DATA_STEWARD);
        page.navigate(url("/hub"));
        page.waitForSelector("#chart-hub-communes canvas");
        assertThat(page.locator("#registry-citizens")).containsText("Công dân");

        page.click("#hub-citizens");
        page.fill("input[name=q]", "Lã Văn Quý");
        page.press("input[name=q]", "Enter");
        assertThat(page.locator("#citizen-results")).containsText("********1301");
        assertThat(page.locator("#citizen-results")).not().containsText("096068001301");
        page.click("#citizen-results a:has-text('********1301')");
        page.fill("#reveal-form input[name=purpose]", "Hồ sơ trợ cấp 2024/77");
        page.click("#reveal-form button");
        assertThat(page.locator("#citizen-personal-id")).hasText("096068001301");
        assertThat(page.locator("#citizen-name")).hasText("Lã Văn Quý");
        screenshot("hub-citizen-revealed");
    }
}
