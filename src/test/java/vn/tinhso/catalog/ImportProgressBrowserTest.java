package vn.tinhso.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;

@TestPropertySource(properties = {"spring.servlet.multipart.max-file-size=300KB", "spring.servlet.multipart.max-request-size=300KB"})
class ImportProgressBrowserTest extends BrowserTest {

    @Test
    void aStewardUploadsAVillageFileWatchesTheProgressBarReach100AndOpensTheVersion() {
        logInAs(Role.DATA_STEWARD);
        page.navigate(url("/catalog/imports/new"));
        page.setInputFiles("#file", new FilePayload("thon-luc-nam.csv", "text/csv", villages(3000, "BRW")));
        page.fill("#source", "UBND huyện Lục Nam");
        page.fill("#dataset", "Browser test villages");
        page.click("#upload-submit");

        page.waitForURL(Pattern.compile(".*/catalog/jobs/\\d+"));
        Locator bar = page.locator("#progress-bar");
        assertThat(bar).isVisible();
        assertThat(bar).hasAttribute("style", Pattern.compile("width:\\s*100%"),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.locator("#job-status")).hasText("Đã nhận");
        screenshot("import-finished");

        page.click("#open-version");
        assertThat(page.locator("#version-title")).containsText("Browser test villages");
        assertThat(page.locator("#version-status")).hasText("Đã nhận");
        assertThat(page.locator("#provenance")).containsText("UBND huyện Lục Nam");
        assertThat(page.locator("#provenance")).containsText("3.000");
        screenshot("import-version");

        page.click("a[href^='/catalog/datasets/']");
        page.waitForSelector("#versions-chart canvas");
        assertThat(page.getAttribute("#versions-chart", "data-bars")).isEqualTo("1");
    }

    @Test
    void aFileOverTheUploadLimitIsAnswered413WithAProblemDetail() {
        logInAs(Role.DATA_STEWARD);
        page.navigate(url("/catalog/imports/new"));
        String header = page.locator("meta[name=_csrf_header]").getAttribute("content");
        String token = page.locator("meta[name=_csrf]").getAttribute("content");

        var response = page.request().post(url("/api/catalog/imports"), RequestOptions.create().setHeader(header, token)
                .setMultipart(FormData.create().set("source", "test")
                        .set("file", new FilePayload("big.csv", "text/csv", villages(8000, "BIG")))));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.text()).contains("File too large", "upload limit");
    }

    private static byte[] villages(int count, String prefix) {
        StringBuilder csv = new StringBuilder("code,name,commune_code,households,adults,population,latitude,longitude,fibre,as_of\n");
        for (int i = 1; i <= count; i++) {
            csv.append("%s-%05d,Thôn Thử %d,07201,%d,%d,%d,21.28,106.19,true,2024-09-30\n"
                    .formatted(prefix, i, i, 50 + i % 40, 100 + i % 90, 200 + i % 120));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
