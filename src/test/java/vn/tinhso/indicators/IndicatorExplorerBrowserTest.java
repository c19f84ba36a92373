package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.Role;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Close this context (its server and database) after the class rather than at the JVM's exit.
@org.springframework.test.annotation.DirtiesContext
class IndicatorExplorerBrowserTest {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired IndicatorDemoData demo;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void start() {
        accounts.createIfAbsent("analyst", "Analyst", "explorer-test-password", EnumSet.of(Role.ANALYST));
        demo.load();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @Test
    void pickingECommerceShareShowsAChartAndAMap() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", "analyst");
        page.fill("#password", "explorer-test-password");
        page.click("#login-submit");
        page.navigate("http://localhost:" + port + "/indicators?dx=GRDP_GROWTH&pe=2024Y9M&ouLevel=district");

        page.selectOption("#dx", "ECOM_SHARE");
        page.waitForURL("**dx=ECOM_SHARE**");
        page.waitForSelector("#indicator-chart.chart-ready");
        page.waitForSelector("#indicator-map.map-ready");

        assertThat(page.textContent("#indicator-name")).contains("thương mại điện tử");
        assertThat(page.locator("#indicator-chart canvas").count()).isPositive();
        assertThat(page.getAttribute("#indicator-map", "data-features")).isEqualTo("10");
        assertThat(page.locator("#indicator-map path.leaflet-interactive").count()).isPositive();
        assertThat(page.locator("#indicator-table tbody tr").count()).isEqualTo(10);
        page.close();
    }
}
