package vn.tinhso.security.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;

class ComplianceChartBrowserTest extends BrowserTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired SystemRegistry registry;

    @Test
    void anAnalystFiltersTheRegistryByAgencySeesBothComplianceChartsAndOpensASystem() {
        if (registry.byName("Trung tâm dữ liệu tỉnh").isEmpty()) DemoParts.contribute(contributors, "information systems");
        page.onConsoleMessage(m -> System.out.println("browser console: " + m.text()));
        logInAs(Role.SOC_ANALYST);
        page.navigate(url("/security/systems"));
        page.waitForSelector("#chart-compliance-level.chart-ready");
        page.waitForSelector("#chart-compliance-agency.chart-ready");
        assertThat(page.locator("#chart-compliance-level canvas")).hasCount(1);
        page.selectOption("#filter-agency", "UBND tỉnh");
        page.waitForURL(u -> u.contains("agency="));
        assertThat(page.locator("#compliance-share")).hasText("100,0 %");
        screenshot("security-systems");
        page.click("text=Trung tâm dữ liệu tỉnh");
        assertThat(page.locator("h1")).hasText("Trung tâm dữ liệu tỉnh");
        assertThat(page.locator("#requirement")).containsText("cấp độ 4");
        screenshot("security-system");
    }
}
