package vn.tinhso.demo.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.territory.Territory;

class CameraMapBrowserTest extends BrowserTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired Territory territory;
    @Autowired CameraSimulator simulator;
    @Autowired JdbcClient jdbc;

    @Test
    void anOperatorSeesCamerasByHealthOnTheMapThenAWatchlistHitArrivesInTheQueueWhileTheSimulatorRuns() {
        if (territory.villages("24", DemoContext.ARTICLE_DATE).stream().noneMatch(v -> v.code().length() == 8))
            DemoParts.contribute(contributors, "villages");
        if (jdbc.sql("select count(*) from cameras.camera where code = 'CAM-1305'").query(Long.class).single() == 0)
            DemoParts.contribute(contributors, "cameras");

        logInAs(Role.CAMERA_OPERATOR);
        page.navigate(url("/cameras"));
        page.waitForSelector("#camera-map.map-ready");
        assertThat(page.locator("#camera-map .legend")).isVisible();
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#camera-map").getAttribute("data-count-online")))
                .isGreaterThan(1200);
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#camera-map").getAttribute("data-count-offline")))
                .isPositive();
        assertThat(page.locator("#count-ai")).hasText("22");
        assertThat(page.locator("#chart-status canvas")).hasCount(1);
        screenshot("cameras-map");

        page.navigate(url("/cameras/hits?status=pending"));
        int before = page.locator("#hits tbody tr").count();
        org.assertj.core.api.Assertions.assertThat(simulator.tick(Instant.now())).isPositive();
        // The queue refreshes itself: the new hit appears without a reload.
        page.waitForCondition(() -> page.locator("#hits tbody tr").count() > before,
                new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(20_000));
        assertThat(page.locator("#hits tbody tr").first()).containsText("***");
        screenshot("cameras-hits");
    }
}
