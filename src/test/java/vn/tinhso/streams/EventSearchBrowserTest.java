package vn.tinhso.streams;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;

/** An analyst looks up what one address did in the last day: its events in the table and the histogram over the day. */
class EventSearchBrowserTest extends BrowserTest {

    @Autowired Intake intake;

    @Test
    void anAnalystSearchesForAnIpAndSeesItsEventsAndTheHistogram() {
        String source = "search-browser-" + System.nanoTime();
        String ip = "203.0.113.77";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            earlier.add("{\"@timestamp\":\"" + now.minus(3, ChronoUnit.HOURS).plusSeconds(i) + "\",\"source\":{\"ip\":\"" + ip
                    + "\"},\"event\":{\"action\":\"http_request\"},\"message\":\"earlier " + i + "\"}");
        }
        intake.accept(source, LogFormat.JSON, ParseOptions.inZone(ZoneOffset.UTC), earlier);
        intake.accept(source, LogFormat.JSON, ParseOptions.inZone(ZoneOffset.UTC), List.of(
                "{\"@timestamp\":\"" + now.minus(40, ChronoUnit.MINUTES) + "\",\"source\":{\"ip\":\"" + ip + "\"},\"event\":{\"action\":\"ssh_login\",\"outcome\":\"failure\"},\"message\":\"first try\"}",
                "{\"@timestamp\":\"" + now.minus(10, ChronoUnit.MINUTES) + "\",\"source\":{\"ip\":\"" + ip + "\"},\"event\":{\"action\":\"ssh_login\",\"outcome\":\"success\"},\"message\":\"second try\"}",
                "{\"@timestamp\":\"" + now.minus(5, ChronoUnit.MINUTES) + "\",\"source\":{\"ip\":\"198.51.100.3\"},\"event\":{\"action\":\"ssh_login\"},\"message\":\"someone else\"}"));

        logInAs(Role.SOC_ANALYST);
        page.navigate(url("/?lang=en"));
        page.click("#nav-streams-search");
        page.waitForURL(u -> u.contains("/streams/search"));
        page.fill("#search-fields", "source.ip:" + ip);
        page.fill("#search-source", source);
        page.click("#search-submit");
        page.waitForURL(u -> u.contains("fields="));

        assertThat(page.locator("#events tbody tr.event")).hasCount(50);
        assertThat(page.locator("#events tbody tr.event").first()).containsText("source.ip=" + ip);
        assertThat(page.locator("#events tbody tr.event").first()).containsText("event.outcome=success");
        assertThat(page.locator("#events")).not().containsText("198.51.100.3");
        assertThat(page.locator("#search-summary")).containsText("52 events");
        page.waitForSelector("#histogram.chart-ready");
        assertThat(page.locator("#histogram canvas")).hasCount(1);

        page.locator("#events tbody tr.event summary").first().click();
        assertThat(page.locator("#events tbody tr.event pre").first()).isVisible();
        assertThat(page.locator("#events tbody tr.event pre").first()).containsText("second try");
        screenshot("streams-search");

        page.evaluate("window.__sameDocument = true");
        page.click("#next-page");
        assertThat(page.locator("#events tbody tr.event")).hasCount(52);
        assertThat(page.locator("#events tbody tr.event").last()).containsText("earlier 0");
        assertThat(page.locator("#next-page")).hasCount(0);
        assertThat(page.evaluate("window.__sameDocument === true")).isEqualTo(true);
    }
}
