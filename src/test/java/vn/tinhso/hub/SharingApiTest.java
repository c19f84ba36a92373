package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** Commune 07210 lies in district 213 (Bắc Giang city), commune 07246 in district 215 on the 2024 map. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SharingApiTest {

    @Autowired MockMvc mvc;
    @Autowired Sharing sharing;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void citizensInTwoDistricts() {
        if (jdbc.sql("select count(*) from hub.citizen where personal_id = '096080000801'").query(Long.class).single() > 0) return;
        var job = imports.runNow(new ImportRequest("sharing-citizens.csv", """
                personal_id,full_name,birth_date,sex,ethnicity,commune
                096080000801,Lý Văn Tám,1980-01-01,male,Kinh,07210
                096181000802,Lý Thị Chín,1981-01-01,female,Tày,07210
                096082000803,Lý Văn Mười,1982-01-01,male,Kinh,07246
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "sharing test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        sharing.registerConsumer("share-district-213", "Công an thành phố Bắc Giang");
        sharing.grant(new ShareGrant(null, "share-district-213", "citizens", List.of("personal_id", "full_name", "birth_date", "commune"),
                "213", "Residence checks for the city police", LocalDate.now().minusDays(1), null));
        sharing.registerConsumer("share-expired", "An agency whose grant ended");
        sharing.grant(new ShareGrant(null, "share-expired", "citizens", List.of("commune"), null, "Census 2019",
                LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
    }

    private JsonNode read(String user, String dataset) throws Exception {
        String body = mvc.perform(get("/api/hub/share/" + dataset).param("size", "1000").with(user(user).roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void anAgencySystemReadsWithAnApiTokenScopedToTheHub() throws Exception {
        accounts.createIfAbsent("share-agency-system", "Hệ thống của Công an tỉnh", "share-agency-password-1", EnumSet.of(Role.VIEWER));
        sharing.registerConsumer("share-agency-system", "Hệ thống của Công an tỉnh");
        sharing.grant(new ShareGrant(null, "share-agency-system", "citizens", List.of("commune", "sex"), "24", "Residence statistics",
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
        String hub = tokens.issue("share-agency-system", "hub feed", Role.VIEWER, Set.of("hub:read"), Duration.ofDays(1)).secret();
        String other = tokens.issue("share-agency-system", "territory feed", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1)).secret();
        String body = mvc.perform(get("/api/hub/share/citizens").header("Authorization", "Bearer " + hub)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(body).get("columns").toString()).isEqualTo("[\"commune\",\"sex\"]");
        mvc.perform(get("/api/hub/share/citizens").header("Authorization", "Bearer " + other)).andExpect(status().isForbidden());
    }

    @Test
    void aConsumerWithoutAGrantIsRefused() throws Exception {
        mvc.perform(get("/api/hub/share/citizens").with(user("share-nobody").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/hub/share/enterprises").with(user("share-district-213").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/hub/share/citizens").with(user("share-expired").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    @Test
    void aConsumerWithADistrictFilterSeesOnlyItsDistrict() throws Exception {
        JsonNode answer = read("share-district-213", "citizens");
        List<String> communes = new java.util.ArrayList<>();
        for (JsonNode row : answer.get("rows")) communes.add(row.get("commune").asString());
        assertThat(communes).isNotEmpty().containsOnly("07210");
        assertThat(answer.toString()).doesNotContain("0000803");
    }

    @Test
    void maskedColumnsStayMaskedAndUngrantedColumnsAreAbsent() throws Exception {
        JsonNode answer = read("share-district-213", "citizens");
        String text = answer.toString();
        assertThat(text).contains("********0801", "L. V. T.").doesNotContain("096080000801", "Lý Văn Tám", "1980-01-01", "Kinh", "male");
        for (JsonNode row : answer.get("rows"))
            assertThat(row.propertyNames()).containsExactly("personal_id", "full_name", "birth_date", "commune");
    }

    @Test
    void everyAnswerIsChainedAndTamperingIsDetected() throws Exception {
        read("share-district-213", "citizens");
        read("share-district-213", "citizens");
        assertThat(sharing.verifyLog().intact()).isTrue();
        Map<String, Object> last = jdbc.sql("select id, rows from hub.share_log order by id desc limit 1").query().singleRow();
        long id = ((Number) last.get("id")).longValue();
        jdbc.sql("update hub.share_log set rows = rows + 1 where id = :id").param("id", id).update();
        try {
            ExchangeLogVerification v = sharing.verifyLog();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(id);
        } finally {
            jdbc.sql("update hub.share_log set rows = rows - 1 where id = :id").param("id", id).update();
        }
        assertThat(sharing.verifyLog().intact()).isTrue();
    }
}
