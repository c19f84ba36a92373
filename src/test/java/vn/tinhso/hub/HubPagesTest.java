package vn.tinhso.hub;

import vn.tinhso.hub.internal.Connectors;
import vn.tinhso.hub.internal.ConnectorSpec;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HubPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired Connectors connectors;

    @BeforeEach
    void records() {
        if (jdbc.sql("select count(*) from hub.citizen where personal_id = '096077000901'").query(Long.class).single() > 0) return;
        imports.runNow(new ImportRequest("pages-citizens.csv", """
                personal_id,full_name,birth_date,sex,commune,household,updated_at
                096077000901,Quách Văn Trường,1977-01-01,male,07210,T-PAGES-1,2024-09-20
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "pages test", "steward", false));
        imports.runNow(new ImportRequest("pages-enterprises.csv", """
                tax_code,name,vsic,commune,registered_on,status,industrial_park
                0100109106,Công ty Kiểm Thử Trang,61100,07210,2015-03-01,active,KCN Đình Trám
                """.getBytes(StandardCharsets.UTF_8), "hub.enterprises", null, "pages test", "steward", false));
    }

    private long key() {
        return jdbc.sql("select id from hub.citizen where personal_id = '096077000901'").query(Long.class).single();
    }

    @Test
    void theHubPageListsTheRegistriesWithCountsQualityAndFreshnessInBothLanguages() throws Exception {
        mvc.perform(get("/hub").with(user("hub-viewer").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"registry-citizens\""), containsString("Chất lượng"),
                        containsString("chart-hub-communes"), containsString("Phường Bắc Giang"), containsString("id=\"expectations\""))));
        mvc.perform(get("/hub").param("lang", "en").with(user("hub-viewer").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Registries"), containsString("Land parcels"))));
    }

    @Test
    void theCitizenSearchShowsMaskedRecordsToAStewardOnly() throws Exception {
        mvc.perform(get("/hub/citizens").param("q", "Trường").with(user("hub-viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/hub/citizens").param("q", "Trường").with(user("hub-steward").roles("DATA_STEWARD"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("********0901"), containsString("Q. V. T."),
                        not(containsString("096077000901")), not(containsString("Quách Văn Trường")))));
    }

    @Test
    void aStatedPurposeShowsTheRecordWholeAndAMissingOneDoesNot() throws Exception {
        mvc.perform(post("/hub/citizens/" + key() + "/reveal").param("purpose", " ").with(csrf())
                        .with(user("hub-steward").roles("DATA_STEWARD")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("purpose"), not(containsString("096077000901")))));
        mvc.perform(post("/hub/citizens/" + key() + "/reveal").param("purpose", "Dossier 2024/512").with(csrf())
                        .with(user("hub-steward").roles("DATA_STEWARD")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("096077000901"), containsString("Quách Văn Trường"))));
        mvc.perform(post("/hub/citizens/" + key() + "/reads").param("purpose", "Subject access request 3").with(csrf())
                        .with(user("hub-dpo").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("hub-steward"), containsString("Dossier 2024/512"))));
    }

    @Test
    void aStewardRunsAConnectorFromThePageOnlyWithAPurpose() throws Exception {
        connectors.register(new ConnectorSpec("test-pages-land", "hub.parcels", "http://127.0.0.1:9/land/v1/parcels", 100));
        mvc.perform(get("/hub").with(user("hub-steward").roles("DATA_STEWARD"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/hub/connectors/test-pages-land/runs")));
        mvc.perform(get("/hub").with(user("hub-viewer").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/hub/connectors/test-pages-land/runs"))));
        mvc.perform(post("/hub/connectors/test-pages-land/runs").param("purpose", "x").with(csrf()).with(user("hub-viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/hub/connectors/test-pages-land/runs").param("purpose", " ").with(csrf())
                        .with(user("hub-steward").roles("DATA_STEWARD")))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(connectors.runs("test-pages-land", 10)).isEmpty();
    }

    @Test
    void enterprisesAreFoundByTaxCodeOrName() throws Exception {
        mvc.perform(get("/hub/enterprises").param("q", "0100109106").param("lang", "en").with(user("hub-viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Công ty Kiểm Thử Trang"), containsString("Active"))));
        mvc.perform(get("/hub/enterprises").param("q", "kiểm thử").with(user("hub-viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("0100109106")));
    }
}
