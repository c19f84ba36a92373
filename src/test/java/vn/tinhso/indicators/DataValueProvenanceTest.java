package vn.tinhso.indicators;

import vn.tinhso.indicators.internal.ExternalCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.indicators.internal.ExternalCodes.Kind;

@SpringBootTest
@ActiveProfiles("test")
class DataValueProvenanceTest {

    @Autowired Imports imports;
    @Autowired ExternalCodes codes;
    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private ImportJob run(String name, String text, String source) {
        return imports.runNow(new ImportRequest(name, text.getBytes(StandardCharsets.UTF_8), "indicators.data-values", "Provenance tests",
                source, "steward", false));
    }

    @Test
    void dhis2ProvenanceAndTheSourcesStatusAreKeptAndShownWithTheVersionAndSource() throws Exception {
        codes.put("Health DHIS2 test", Kind.STATUS, "E1", "PRELIMINARY", "steward");
        ImportJob job = run("provenance.json", """
                {"period": "202503", "dataValues": [
                  {"dataElement": "RETAIL_SALES", "orgUnit": "213", "value": "10", "storedBy": "nguyen.van.a",
                   "created": "2024-10-05T10:11:12.000+0000", "lastUpdated": "2024-10-06T08:00:00.000+0000",
                   "comment": "ước tính từ mẫu", "followup": true, "status": "estimated"},
                  {"dataElement": "RETAIL_SALES", "orgUnit": "215", "value": "20", "status": "E1"}
                ]}""", "Health DHIS2 test");
        assertThat(job.problems()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);

        mvc.perform(get("/api/indicators/data-values").param("version", String.valueOf(job.id())).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].unit").value("213"))
                .andExpect(jsonPath("$[0].status").value("ESTIMATE"))
                .andExpect(jsonPath("$[0].storedBy").value("nguyen.van.a"))
                .andExpect(jsonPath("$[0].created", startsWith("2024-10-05T10:11:12")))
                .andExpect(jsonPath("$[0].lastUpdated", startsWith("2024-10-06T08:00")))
                .andExpect(jsonPath("$[0].comment").value("ước tính từ mẫu"))
                .andExpect(jsonPath("$[0].followup").value(true))
                .andExpect(jsonPath("$[0].datasetVersion").value(job.id()))
                .andExpect(jsonPath("$[0].dataset").value("Provenance tests"))
                .andExpect(jsonPath("$[0].source").value("Health DHIS2 test"))
                .andExpect(jsonPath("$[1].status").value("PRELIMINARY"));
        mvc.perform(get("/api/indicators/data-values").param("element", "RETAIL_SALES").param("pe", "202503").param("format", "csv")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Health DHIS2 test")))
                .andExpect(content().string(containsString("nguyen.van.a")));
        mvc.perform(get("/indicators/values").param("version", String.valueOf(job.id())).param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Health DHIS2 test")))
                .andExpect(content().string(containsString("stored by nguyen.van.a")))
                .andExpect(content().string(containsString("Provenance tests #" + job.number())))
                .andExpect(content().string(containsString("Estimate")));
    }

    @Test
    void theImportsPagesLinkToTheDataItBrought() throws Exception {
        ImportJob job = run("link.csv", "element,unit,period,value,status\nRETAIL_SALES,213,202504,5,provisional\n", "Link test");
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        mvc.perform(get("/catalog/versions/" + job.id()).with(user("steward").roles("DATA_STEWARD")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/indicators/values?version=" + job.id())));
        mvc.perform(get("/indicators/values").param("version", String.valueOf(job.id())).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sơ bộ")));
    }

    @Test
    void aStatusNeitherOursNorMappedIsARowErrorNamingItAndTheMappingPage() {
        ImportJob job = run("status.csv", "element,unit,period,value,status\nRETAIL_SALES,213,202505,5,maybe\n", "Status test");
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("maybe").contains("/indicators/mappings"));
    }
}
