package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportChanges;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** A data steward re-importing figures learns what the file changed: new values, replaced ones (old and new), and the rest. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = {"ANALYST", "DATA_STEWARD"})
class ImportReportsWhatChangedTest {

    @Autowired Imports imports;
    @Autowired MockMvc mvc;
    @Autowired DataValues values;

    private ImportJob importFile(String name, String content) {
        return imports.runNow(new ImportRequest(name, content.getBytes(StandardCharsets.UTF_8), "indicators.data-values",
                "Retail sales reported", "test office", "steward", false));
    }

    @Test
    void theSameValuesInAnotherFormatChangeNothingAndTheReportSaysSo() {
        ImportJob first = importFile("sales.csv", """
                element,unit,period,value
                T_VALUE,07201,202309,10
                T_VALUE,07207,202309,20.5
                """);
        assertThat(first.changes()).isEqualTo(new ImportChanges(2, 0, 0, java.util.List.of()));

        ImportJob again = importFile("sales.json", """
                {"dataValues": [
                  {"dataElement": "T_VALUE", "orgUnit": "07201", "period": "2023-09", "value": "10.0"},
                  {"dataElement": "T_VALUE", "orgUnit": "07207", "period": "2023-09", "value": "20.50"}
                ]}""");
        assertThat(again.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(again.changes()).isEqualTo(new ImportChanges(0, 0, 2, java.util.List.of()));
        assertThat(again.message()).isEqualTo("2 good rows read; nothing changed: all 2 values were already stored.");
    }

    @Test
    void aRevisedFileListsTheValuesItReplacedWithTheirOldAndNewFigures() throws Exception {
        importFile("sales-april.csv", """
                element,unit,period,value
                T_VALUE,07201,202310,10
                T_VALUE,07207,202310,20
                """);
        ImportJob revised = importFile("sales-april-revised.csv", """
                element,unit,period,value
                T_VALUE,07201,202310,10
                T_VALUE,07207,202310,25
                T_VALUE,07210,202310,5
                """);
        assertThat(revised.changes().added()).isEqualTo(1);
        assertThat(revised.changes().changed()).isEqualTo(1);
        assertThat(revised.changes().unchanged()).isEqualTo(1);
        assertThat(revised.changes().replaced()).containsExactly(new ImportChanges.Replacement("T_VALUE · 07207 · 202310", "20", "25"));
        assertThat(revised.message()).isEqualTo("3 rows imported: 1 new, 1 replaced, 1 unchanged.");

        mvc.perform(get("/catalog/versions/" + revised.id()).with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập 3 dòng: 1 mới, 1 thay giá trị cũ, 1 không đổi.")))
                .andExpect(content().string(containsString("T_VALUE · 07207 · 202310")))
                .andExpect(content().string(containsString("<td class=\"num\">25</td>")));
    }

    @Test
    void aRefusedAttemptSaysWhyItHasANumber() throws Exception {
        ImportJob refused = importFile("bad.csv", "element,unit,period,value\nNO_SUCH_ELEMENT,07201,202309,1\n");
        assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
        mvc.perform(get("/catalog/versions/" + refused.id()).param("lang", "en").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This attempt did not become a data version: nothing was written.")));
    }

    @Test
    void aPreviewCountsWhatTheFileWouldChangeAndWritesNothing() throws Exception {
        importFile("sales-november.csv", "element,unit,period,value\nT_VALUE,07201,202311,10\n");
        String revised = "element,unit,period,value\nT_VALUE,07201,202311,12\nT_VALUE,07207,202311,3\n";
        ImportJob preview = imports.runNow(new ImportRequest("sales-november-revised.csv", revised.getBytes(StandardCharsets.UTF_8),
                "indicators.data-values", "Retail sales reported", "test office", "steward", false, java.util.Set.of(ImportRequest.PREVIEW)));
        assertThat(preview.status()).isEqualTo(ImportStatus.PREVIEWED);
        assertThat(preview.changes().added()).isEqualTo(1);
        assertThat(preview.changes().replaced()).containsExactly(new ImportChanges.Replacement("T_VALUE · 07201 · 202311", "10", "12"));
        assertThat(values.history("T_VALUE", "", "07201", "202311")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualByComparingTo("10"));
        assertThat(values.history("T_VALUE", "", "07207", "202311")).isEmpty();
        mvc.perform(get("/catalog/versions/" + preview.id()).param("lang", "en").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Preview only, nothing was written: 2 good rows would bring 1 new, 1 replaced and 0 unchanged values.")));

        // The same file, now for real, is not taken for a duplicate of its preview.
        ImportJob real = importFile("sales-november-revised.csv", revised);
        assertThat(real.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(real.changes().changed()).isEqualTo(1);
    }
}
