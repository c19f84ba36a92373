package vn.tinhso;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.Role;

/**
 * Base of the tests that drive a real Chromium (Debian's, at /usr/bin/chromium) against the
 * running application. Where no Chromium is installed the tests are skipped with the reason
 * printed; CI fails on such a skip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
public abstract class BrowserTest {

    protected static final String CHROMIUM = System.getenv().getOrDefault("TINHSO_CHROMIUM", "/usr/bin/chromium");
    protected static final String PASSWORD = "browser-test-password";

    @LocalServerPort protected int port;
    @Autowired protected Accounts accounts;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void startBrowser() {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            System.out.println("BROWSER TESTS SKIPPED: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
            Assumptions.abort("no Chromium at " + CHROMIUM);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
        for (Role role : Role.values()) {
            accounts.createIfAbsent(user(role), "Browser " + role, PASSWORD, EnumSet.of(role));
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected static String user(Role role) {
        return "browser-" + role.name().toLowerCase();
    }

    /** Logs in through the login form as the test user of the role. */
    protected void logInAs(Role role) {
        page.navigate(url("/login"));
        page.fill("#username", user(role));
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        page.waitForURL(u -> !u.contains("/login"));
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
