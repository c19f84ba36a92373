package vn.tinhso.hub;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;

class SqlWorkbenchBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anAnalystRunsAQueryOverTheViewsSeesTheChartAndDownloadsTheCsv() throws Exception {
        jdbc.sql("""
                insert into hub.citizen (personal_id, full_name, birth_date, sex, commune_code, dataset_version_id)
                values ('096192007711', 'Hà Thị Lan', date '1992-05-06', 'female', '99911', -1) on conflict (personal_id) do nothing
                """).update();
        logInAs(Role.ANALYST);
        page.navigate(url("/hub"));
        page.click("#hub-sql");
        page.fill("#sql", "select personal_id, commune_code, birth_year from analytics_views.citizens where commune_code = '99911'");
        page.click("#sql-run");
        assertThat(page.locator("#sql-results")).containsText("********7711");
        assertThat(page.locator("#sql-results")).not().containsText("096192007711");
        page.waitForSelector("#sql-chart canvas");
        screenshot("hub-sql-workbench");

        Download download = page.waitForDownload(() -> page.click("#sql-csv"));
        Path file = download.path();
        String csv = Files.readString(file);
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("personal_id,commune_code,birth_year\r\n")
                .contains("********7711,99911,1992").doesNotContain("096192007711");
    }

    @Test
    void theDatabaseRefusalIsShownOnThePage() {
        logInAs(Role.ANALYST);
        page.navigate(url("/hub/sql?lang=en"));
        page.fill("#sql", "drop view analytics_views.citizens");
        page.click("#sql-run");
        assertThat(page.locator("#sql-error")).containsText("The database refused the query");
    }
}
