package vn.tinhso.security.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;

/** The live queue: an analyst keeps the console open while a brute force arrives through the HTTP intake. */
class AlertQueueBrowserTest extends BrowserTest {

    @Autowired ApiTokens tokens;

    @Test
    void theOpenConsoleShowsTheBruteForceAlertWithoutAReloadWhileEventsArriveOverHttp() throws Exception {
        String attacker = "203.0.113.201";
        logInAs(Role.SOC_ANALYST);
        page.navigate(url("/alerts?lang=en"));
        assertThat(page.locator("#queue")).not().containsText(attacker);
        page.evaluate("window.__sameDocument = true");

        // Stamps of the last minutes, so the alert sorts near the top of the queue.
        Instant start = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String body = String.join("\n", SocPipelineTest.authLog(attacker, start, 12));
        String token = tokens.issue(user(Role.SOC_ANALYST), "queue browser test", Role.SOC_ANALYST, Set.of("streams:write"),
                Duration.ofHours(1)).secret();
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(
                        "/api/streams/events?source=queue-browser-test&format=auth&tz=%2B00:00&year=" + start.atZone(ZoneOffset.UTC).getYear())))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        assertThat(page.locator("#queue")).containsText("source.ip=" + attacker, new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#queue")).containsText("SSH brute force from one source");
        assertThat(page.evaluate("window.__sameDocument === true")).as("the page was not reloaded").isEqualTo(true);
        screenshot("alerts-live-queue");
    }
}
