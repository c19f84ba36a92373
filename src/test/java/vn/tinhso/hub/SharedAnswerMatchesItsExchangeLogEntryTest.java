package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

/**
 * The page is written as it is read and hashed as it is written: the bytes the consumer receives are the ones whose hash the
 * exchange log holds (and the signed receipt repeats, see {@link ShareReceiptTest}), and they read as the JSON object the API has always answered. A grant given
 * while its consumer's grants are kept in memory applies to the very next request.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SharedAnswerMatchesItsExchangeLogEntryTest {

    @Autowired MockMvc mvc;
    @Autowired Sharing sharing;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theBytesSentHashToTheHashTheExchangeLogHoldsOnEveryPage() throws Exception {
        imports.runNow(new ImportRequest("hash-citizens.csv", """
                personal_id,full_name,birth_date,sex,commune
                096080770401,Đàm Văn Một,1980-05-05,male,07210
                096181770402,Đàm Thị Hai,1981-05-05,female,07210
                096082770403,Đàm Văn Ba,1982-05-05,male,07210
                096183770404,Đàm Thị Tư,1983-05-05,female,07210
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "hash test", "steward", false));
        sharing.registerConsumer("hash-agency", "Công an phường");
        sharing.grant(new ShareGrant(null, "hash-agency", "citizens", List.of("personal_id", "full_name", "birth_date", "sex", "village"),
                "213", "Residence checks", LocalDate.now().minusDays(1), null));

        String after = null;
        for (int page = 0; page < 2; page++) {
            var request = get("/api/hub/share/citizens").param("size", "2").with(user("hash-agency").roles("VIEWER"));
            if (after != null) request = request.param("after", after);
            MockHttpServletResponse answer = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
            byte[] body = answer.getContentAsByteArray();
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            long logId = Long.parseLong(answer.getHeader("X-Exchange-Log-Id"));

            Map<String, Object> logged = jdbc.sql("select response_sha256, hash, rows from hub.share_log where id = :id")
                    .param("id", logId).query().singleRow();
            assertThat(logged.get("response_sha256")).isEqualTo(bodyHash);
            assertThat(logged.get("hash")).isEqualTo(answer.getHeader("X-Exchange-Hash"));

            JsonNode tree = json.readTree(body);
            assertThat(tree.propertyNames()).containsExactly("dataset", "purpose", "unit", page == 0 ? "page" : "after", "size", "next",
                    "columns", "rows");
            assertThat(json.writeValueAsBytes(tree)).isEqualTo(body);
            assertThat(logged.get("rows")).isEqualTo(tree.get("rows").size());
            assertThat(tree.get("rows").size()).isEqualTo(2);
            for (JsonNode row : tree.get("rows")) {
                assertThat(row.propertyNames()).containsExactly("personal_id", "full_name", "birth_date", "sex", "village");
                assertThat(row.get("personal_id").asString()).startsWith("********");
                assertThat(row.get("village").isNull()).isTrue();
            }
            after = tree.get("next").asString();
        }
        assertThat(sharing.verifyLog().intact()).isTrue();
    }

    @Test
    void aGrantGivenAfterARefusalServesTheNextRequest() throws Exception {
        sharing.registerConsumer("late-grant-agency", "Sở Tài nguyên");
        mvc.perform(get("/api/hub/share/parcels").with(user("late-grant-agency").roles("VIEWER"))).andExpect(status().isForbidden());

        sharing.grant(new ShareGrant(null, "late-grant-agency", "parcels", List.of("commune", "land_use"), null, "Land statistics",
                LocalDate.now().minusDays(1), null));

        mvc.perform(get("/api/hub/share/parcels").with(user("late-grant-agency").roles("VIEWER"))).andExpect(status().isOk());
    }
}
