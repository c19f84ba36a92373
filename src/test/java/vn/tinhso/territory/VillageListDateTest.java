package vn.tinhso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportJobs;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;

/** A village list without as_of: the uploader says which date it describes, and villages stand under the unit of each date. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class VillageListDateTest {

    private static final LocalDate BEFORE_THE_REORGANISATION = LocalDate.of(2024, 9, 30);

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired Territory territory;

    private static byte[] list(String village, String commune) {
        return ("code,name,commune_code,households,population\n" + village + ",Thôn Hôm Nay," + commune + ",40,160\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aListOfTodayKeepsItsVillagesUnderTheCommuneThatHadTheSameCodeBeforeTheReorganisation() {
        LocalDate today = LocalDate.now();
        ImportJob job = imports.runNow(new ImportRequest("thon-hom-nay.csv", list("TODAY-1", "07246"), "territory.villages",
                "Villages of today", "test", "steward", false, today));

        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(job.referenceDate()).isEqualTo(today);
        assertThat(territory.villages("07246", today)).extracting(Village::code).contains("TODAY-1");
        assertThat(territory.villages("07246", BEFORE_THE_REORGANISATION)).extracting(Village::code).contains("TODAY-1");
        assertThat(territory.villages("215", BEFORE_THE_REORGANISATION)).extracting(Village::code).contains("TODAY-1");
        assertThat(job.warnings()).extracting(RowProblem::code).containsExactly("territory.import.warning.continuedCode");
    }

    @Test
    void aListWithoutAnyDateIsPlacedAsBeforeAndTheReportSaysSo() {
        ImportJob job = imports.runNow(new ImportRequest("thon-khong-ngay.csv", list("NODATE-1", "07246"), "territory.villages",
                "Villages without a date", "test", "steward", false));

        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(job.referenceDate()).isNull();
        assertThat(territory.villages("07246", BEFORE_THE_REORGANISATION)).extracting(Village::code).contains("NODATE-1");
        assertThat(job.warnings()).extracting(RowProblem::code)
                .containsExactly("territory.import.warning.noDate", "territory.import.warning.continuedCode");
    }

    @Test
    void theUploadFormAsksForTheDateAndTheReportShowsItWithTheNotes() throws Exception {
        mvc.perform(get("/catalog/imports/new").param("lang", "en").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"referenceDate\" type=\"date\" value=\"" + LocalDate.now() + "\"")));

        String location = mvc.perform(multipart("/catalog/imports")
                        .file(new MockMultipartFile("file", "thon-2024.csv", "text/csv", list("FORM-1", "07246")))
                        .param("kind", "territory.villages").param("dataset", "Villages from the form").param("source", "UBND xã")
                        .param("referenceDate", "2024-09-30").with(csrf()).with(testSecurityContext()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ImportJob job = ImportJobs.awaitFinished(imports, id);

        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(territory.villages("07246", BEFORE_THE_REORGANISATION)).extracting(Village::code).contains("FORM-1");
        mvc.perform(get("/catalog/versions/{id}", id).param("lang", "en").with(testSecurityContext()))
                .andExpect(content().string(containsString("id=\"version-reference-date\">2024-09-30<")));
    }
}
