package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

/** Commune 07324 holds only this test's citizens. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SharingCursorTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired Sharing sharing;

    private JsonNode page(String after) throws Exception {
        var request = get("/api/hub/share/citizens").param("size", "2").with(user("share-cursor").roles("VIEWER"));
        if (after != null) request = request.param("after", after);
        return JsonMapper.builder().build().readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theNextCursorWalksThroughEveryRowOnceWithoutShowingAKey() throws Exception {
        imports.runNow(new ImportRequest("cursor-citizens.csv", """
                personal_id,full_name,birth_date,sex,commune
                096080550301,Hồ Văn Một,1980-04-04,male,07324
                096181550302,Hồ Thị Hai,1981-04-04,female,07324
                096082550303,Hồ Văn Ba,1982-04-04,male,07324
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "cursor test", "steward", false));
        sharing.registerConsumer("share-cursor", "Cursor test agency");
        sharing.grant(new ShareGrant(null, "share-cursor", "citizens", List.of("personal_id", "commune"), "07324", "Paging test",
                LocalDate.now().minusDays(1), null));

        JsonNode first = page(null);
        JsonNode second = page(first.get("next").asString());

        List<String> ids = new ArrayList<>();
        for (JsonNode answer : List.of(first, second)) answer.get("rows").forEach(r -> ids.add(r.get("personal_id").asString()));
        assertThat(ids).containsExactlyInAnyOrder("********0301", "********0302", "********0303");
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(first.get("next").asString()), StandardCharsets.UTF_8))
                .doesNotContain("0960", "Hồ");
        mvc.perform(get("/api/hub/share/citizens").param("after", "not a cursor").with(user("share-cursor").roles("VIEWER")))
                .andExpect(status().isBadRequest());
    }
}
