package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** Commune 07321 holds only this test's citizens. Each test puts the rule it changed back. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicationAndRetentionRulesTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private void rule(String registry, boolean block, Integer days) throws Exception {
        mvc.perform(put("/api/hub/rules/" + registry).with(user("rules-admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"blockPublication\": " + block + ", \"retentionDays\": " + days + "}"))
                .andExpect(status().isOk());
    }

    @Test
    void aFailedExpectationWithholdsTheOpenDatasetOfARegistryThatBlocksPublicationNamingTheExpectation() throws Exception {
        long version = jdbc.sql("select coalesce(max(version_id), 0) + 1000000 from hub.expectation_result").query(Long.class).single();
        jdbc.sql("insert into hub.expectation_result (registry, version_id, expectation, passed, observed) values "
                        + "('enterprises', :v, 'tax_code has a valid check digit', false, '3 invalid of 10'), "
                        + "('enterprises', :v, 'status is allowed', true, '0 rows break it')")
                .param("v", version).update();
        try {
            mvc.perform(get("/api/hub/open/enterprises.csv")).andExpect(status().isOk());

            rule("enterprises", true, null);
            String problem = mvc.perform(get("/api/hub/open/enterprises.csv")).andExpect(status().isConflict())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonNode body = json.readTree(problem);
            assertThat(body.get("detail").asString()).contains("tax_code has a valid check digit", "3 invalid of 10", String.valueOf(version));
            assertThat(body.get("failedExpectations")).hasSize(1);
            mvc.perform(get("/api/hub/open/enterprises.json")).andExpect(status().isConflict());
            assertThat(mvc.perform(get("/api/hub/open/catalog")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain("/api/hub/open/enterprises.csv").contains("/api/hub/open/population-by-commune.csv");
        } finally {
            rule("enterprises", false, null);
            jdbc.sql("delete from hub.expectation_result where version_id = :v").param("v", version).update();
        }
        mvc.perform(get("/api/hub/open/enterprises.csv")).andExpect(status().isOk());
    }

    private long importCitizens(String file, String csv) {
        ImportJob job = imports.runNow(new ImportRequest(file, csv.getBytes(StandardCharsets.UTF_8), "hub.citizens", null,
                "retention test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        return job.id();
    }

    private long citizens(String personalId) {
        return jdbc.sql("select count(*) from hub.citizen where personal_id = :p").param("p", personalId).query(Long.class).single();
    }

    @Test
    void thePurgeDeletesTheRecordsOfVersionsOlderThanTheRegistrysRetentionAndAuditsIt() throws Exception {
        long old = importCitizens("retention-old.csv", """
                personal_id,full_name,birth_date,sex,commune,household
                096080990201,Đỗ Văn Cũ,1980-03-03,male,07321,T-RET-OLD
                096181990202,Đỗ Thị Cũ,1981-03-03,female,07321,T-RET-OLD
                """);
        long recent = importCitizens("retention-new.csv", """
                personal_id,full_name,birth_date,sex,commune,household
                096082990203,Đỗ Văn Mới,1982-03-03,male,07321,T-RET-NEW
                """);
        jdbc.sql("update catalog.dataset_version set finished_at = now() - interval '400 days' where id = :v").param("v", old).update();
        try {
            rule("citizens", false, 365);
            String answer = mvc.perform(post("/api/hub/retention/purge").with(user("rules-admin").roles("ADMIN")).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            JsonNode citizens = null;
            for (JsonNode p : json.readTree(answer)) if (p.get("registry").asString().equals("citizens")) citizens = p;
            assertThat(citizens).isNotNull();
            java.util.List<Long> purged = new java.util.ArrayList<>();
            citizens.get("versions").forEach(v -> purged.add(v.asLong()));
            assertThat(purged).contains(old).doesNotContain(recent);
            assertThat(citizens.get("records").asLong()).isGreaterThanOrEqualTo(3); // two citizens and their household
        } finally {
            rule("citizens", false, null);
        }
        assertThat(citizens("096080990201") + citizens("096181990202")).isZero();
        assertThat(citizens("096082990203")).isOne();
        assertThat(jdbc.sql("select count(*) from hub.household where code = 'T-RET-OLD'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'hub.retention.purge' and object_id = 'citizens' "
                + "and actor = 'rules-admin' and detail like :d").param("d", "%" + old + "%").query(Long.class).single()).isPositive();
    }
}
