package vn.tinhso.indicators;

import vn.tinhso.indicators.internal.DataQuality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRefused;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** The aggregation rule: a unit's own value is its total, and no import puts values at two levels of one subtree. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = {"ANALYST", "DATA_STEWARD"})
class FiguresCountOnceTest {

    @Autowired Analytics analytics;
    @Autowired DataValues values;
    @Autowired Imports imports;
    @Autowired DataQuality quality;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    private void store(String period, String... unitValues) {
        List<DataValue> batch = new java.util.ArrayList<>();
        for (int i = 0; i < unitValues.length; i += 2)
            batch.add(new DataValue("RETAIL_SALES", null, unitValues[i], period, new BigDecimal(unitValues[i + 1]), ValueStatus.OFFICIAL));
        values.write(batch, null, Instant.now());
    }

    private ImportJob importValues(String period, Set<String> options, String... unitValues) {
        StringBuilder csv = new StringBuilder("element,unit,period,value\n");
        for (int i = 0; i < unitValues.length; i += 2) csv.append("RETAIL_SALES,").append(unitValues[i]).append(',').append(period).append(',')
                .append(unitValues[i + 1]).append('\n');
        return imports.runNow(new ImportRequest("sales-" + period + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "indicators.data-values", "Sales by commune", "test office", "steward", false, options));
    }

    private double sales(String unit, String period, LocalDate knownOn) {
        return analytics.query(new Analytics.Request(List.of("RETAIL_SALES"), List.of(Period.parse(period)), unit, null,
                Analytics.Boundaries.AS_OF_PERIOD, knownOn, false)).get(0).value();
    }

    @Test
    void communeValuesUnderDistrictValuesAreRefusedNamingTheElementThePeriodAndBothLevels() {
        store("202104", "213", "100", "215", "50");
        ImportJob job = importValues("202104", Set.of(), "07201", "30", "07207", "20");
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("RETAIL_SALES").contains("202104").contains("commune 07201").contains("district 213")
                .contains("replaceOtherLevel");
        assertThat(sales("24", "202104", null)).isEqualTo(150.0);
    }

    @Test
    void replacingTheOtherLevelRetiresTheDistrictValueAndTheCommunesCountInstead() {
        store("202105", "213", "100", "215", "50");
        ImportJob job = importValues("202105", Set.of("replaceOtherLevel"), "07201", "30", "07207", "20");
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(sales("213", "202105", null)).isEqualTo(50.0);
        assertThat(sales("24", "202105", null)).isEqualTo(100.0);
        assertThat(sales("24", "202105", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))).isEqualTo(100.0);
        assertThat(values.history("RETAIL_SALES", "", "213", "202105")).singleElement().satisfies(r -> assertThat(r.knownTo()).isNotNull());
        assertThat(values.history("RETAIL_SALES", "", "215", "202105")).singleElement().satisfies(r -> assertThat(r.knownTo()).isNull());
    }

    @Test
    void aDistrictValueOverStoredCommuneValuesIsRefused() {
        store("202106", "07243", "10", "07246", "5");
        ImportJob job = importValues("202106", Set.of(), "215", "70");
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("line 2 gives district 215").contains("commune 07243");
        assertThat(sales("215", "202106", null)).isEqualTo(15.0);
    }

    @Test
    void aFileWithTwoLevelsOfOneSubtreeIsRefusedEvenWhenReplacing() {
        ImportJob job = importValues("202107", Set.of("replaceOtherLevel"), "213", "100", "07201", "30");
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("line 2 gives district 213").contains("line 3 gives commune 07201");
    }

    @Test
    void provinceTotalsSumTheLowestLevelOfEachSubtreeNeverTwoLevels() {
        store("202108", "213", "100", "07210", "10", "07213", "12", "215", "50");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(sales("213", "202108", null)).isEqualTo(22.0);
        assertThat(sales("24", "202108", null)).isEqualTo(72.0);
        assertThat(sales("213", "202108", today)).isEqualTo(22.0);
        assertThat(sales("24", "202108", today)).isEqualTo(72.0);
        assertThat(sales("24", "2021Q3", null)).isEqualTo(72.0);
    }

    @Test
    void theDataQualityPageListsValuesAtTwoLevels() throws Exception {
        store("202109", "213", "100", "07210", "10", "07213", "12");
        assertThat(quality.overlaps()).contains(new DataQuality.Overlap("RETAIL_SALES", "202109", "213", "Thành phố Bắc Giang",
                "district", "commune", 2));
        mvc.perform(get("/indicators/quality").with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("202109")))
                .andExpect(content().string(containsString("Thành phố Bắc Giang (district)")));
    }

    @Test
    void aRefusedImportThatFirstCopiedTheUnitTreeLeavesTheCopyInPlace() {
        events.publishEvent(new vn.tinhso.territory.UnitsChanged("test: the next reader copies the tree again"));
        assertThat(importValues("202110", Set.of(), "213", "100", "07201", "30").status()).isEqualTo(ImportStatus.FAILED);
        store("202110", "219", "40");
        assertThat(sales("24", "202110", null)).isEqualTo(40.0);
    }

    @Test
    void theApiTakesTheReplaceOptionAndTheUploadFormOffersIt() throws Exception {
        store("202111", "213", "100");
        String csv = "element,unit,period,value\nRETAIL_SALES,07201,202111,30\n";
        String body = mvc.perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", "s.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "indicators.data-values").param("source", "test office").param("options", "replaceOtherLevel")
                        .with(csrf()).with(testSecurityContext()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("id").asLong();
        assertThat(vn.tinhso.catalog.ImportJobs.awaitFinished(imports, id).status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(sales("24", "202111", null)).isEqualTo(30.0);
        mvc.perform(get("/catalog/imports/new").with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"replaceOtherLevel\"")));
    }

    @Test
    void anOptionTheKindDoesNotOfferIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.runNow(new ImportRequest("v.csv", "code\n".getBytes(StandardCharsets.UTF_8),
                        "territory.villages", null, "test office", "steward", false, Set.of("replaceOtherLevel"))))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("no option [replaceOtherLevel]");
    }
}
