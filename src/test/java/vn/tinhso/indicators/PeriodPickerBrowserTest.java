package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.BrowserTest;
import vn.tinhso.access.Role;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;

class PeriodPickerBrowserTest extends BrowserTest {

    @Autowired List<DemoDataContributor> demo;
    @Autowired Imports imports;

    private final int thisYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    @BeforeAll
    void demoValuesAndANewlyImportedQuarter() {
        DemoParts.contribute(demo, "indicator values");
        String csv = "element,unit,period,value\nRETAIL_SALES,24,2025Q1,5\n";
        var job = imports.runNow(new ImportRequest("sales-2025Q1.csv", csv.getBytes(StandardCharsets.UTF_8), "indicators.data-values",
                "Retail sales 2025", "test office", "steward", false));
        assertThat(job.status()).as(job.message()).isEqualTo(ImportStatus.ACCEPTED);
    }

    private String option(String value) {
        return page.textContent("#pe option[value='" + value + "']").trim();
    }

    @Test
    void theExplorersPickerOffersRelativePeriodsAndEveryPeriodWithDataInVietnamese() {
        logInAs(Role.ANALYST);
        page.navigate(url("/indicators?dx=ECOM_SHARE&pe=2024Y9M&ouLevel=district&lang=vi"));
        assertThat(option("2025Q1")).isEqualTo("Quý I/2025");
        assertThat(option("202301")).isEqualTo("Tháng 1/2023");
        assertThat(option("THIS_YEAR")).isEqualTo("Năm nay (Năm " + thisYear + ")");
        assertThat(option("LAST_YEAR")).isEqualTo("Năm trước (Năm " + (thisYear - 1) + ")");

        page.selectOption("#pe", "LAST_YEAR");
        page.waitForURL("**pe=LAST_YEAR**");
        assertThat(page.inputValue("#pe")).isEqualTo("LAST_YEAR");
        assertThat(page.textContent("#indicator-name")).endsWith("Năm " + (thisYear - 1));
    }

    @Test
    void theTargetsBoardsPickerNamesThePeriodsInEnglish() {
        logInAs(Role.ANALYST);
        page.navigate(url("/indicators/targets?pe=2024Y9M&lang=en"));
        assertThat(option("2025Q1")).isEqualTo("Q1 2025");
        assertThat(option("2024Y9M")).isEqualTo("Jan–Sep 2024");
        assertThat(option("THIS_YEAR")).isEqualTo("This year (" + thisYear + ")");
        assertThat(page.inputValue("#pe")).isEqualTo("2024Y9M");

        page.selectOption("#pe", "THIS_YEAR");
        page.waitForURL("**pe=THIS_YEAR**");
        assertThat(page.inputValue("#pe")).isEqualTo("THIS_YEAR");
    }
}
