package vn.tinhso.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A siting run saved as a named scenario, listed, shown on the map, and compared with another side by side. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SitingScenariosTest {

    @Autowired MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode save(String name, int budget, String technology, String operator) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("name", name, "budget", budget, "technology", technology,
                "operator", operator, "asOf", "2024-09-30"));
        return json.readTree(mvc.perform(post("/api/infrastructure/scenarios").with(user("planner").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(user("v").roles("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void twoSavedScenariosAreListedShownOnTheMapAndComparedWithTheirOverlap() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode g4 = save("4G any " + tag, 3, "4G", "");
        JsonNode viettel = save("4G Viettel " + tag, 4, "4G", "Viettel");
        assertThat(g4.get("sites").size()).isBetween(1, 3);
        assertThat(viettel.get("mnc").asString()).isEqualTo("04");
        assertThat(viettel.get("createdBy").asString()).isEqualTo("planner");
        long total = 0, previous = Long.MAX_VALUE;
        for (JsonNode site : g4.get("sites")) {
            assertThat(site.get("peopleAdded").asLong()).isPositive().isLessThanOrEqualTo(previous);
            previous = site.get("peopleAdded").asLong();
            total += previous;
        }
        assertThat(g4.get("peopleAdded").asLong()).isEqualTo(total);

        List<String> names = getJson("/api/infrastructure/scenarios").valueStream().map(s -> s.get("name").asString()).toList();
        assertThat(names).contains("4G any " + tag, "4G Viettel " + tag);
        assertThat(getJson("/api/infrastructure/scenarios/" + g4.get("id").asLong()).get("sites").size()).isEqualTo(g4.get("sites").size());

        JsonNode both = getJson("/api/infrastructure/scenarios/compare?a=" + g4.get("id") + "&b=" + viettel.get("id"));
        assertThat(both.get("perRank").size()).isEqualTo(Math.max(g4.get("sites").size(), viettel.get("sites").size()));
        assertThat(both.get("perRank").get(0).get("a").asLong()).isEqualTo(g4.get("sites").get(0).get("peopleAdded").asLong());
        long overlap = both.get("overlap").asLong();
        assertThat(overlap).isBetween(0L, Math.min(g4.get("peopleAdded").asLong(), viettel.get("peopleAdded").asLong()));
        assertThat(both.get("union").asLong()).isEqualTo(g4.get("peopleAdded").asLong() + viettel.get("peopleAdded").asLong() - overlap);
        // Against itself, a scenario overlaps entirely: the people its sites add are exactly the people they newly reach.
        JsonNode self = getJson("/api/infrastructure/scenarios/compare?a=" + g4.get("id") + "&b=" + g4.get("id"));
        assertThat(self.get("overlap").asLong()).isEqualTo(g4.get("peopleAdded").asLong());

        assertThat(page("/infrastructure/scenarios")).contains("id=\"scenario-form\"", "4G any " + tag, "id=\"compare-form\"");
        String one = page("/infrastructure/scenarios/" + g4.get("id").asLong());
        assertThat(one).contains("id=\"siting-map\"", "data-sites=\"" + g4.get("sites").get(0).get("latitude").asDouble(), "data-radius=\"4000.0\"");
        String compare = page("/infrastructure/scenarios/compare?a=" + g4.get("id") + "&b=" + viettel.get("id"));
        assertThat(compare).contains("id=\"comparison\"", "id=\"comparison-overlap\"", "data-sites-b=\"", "4G Viettel " + tag, "Site 1");
    }

    @Test
    void aViewerCannotSaveAScenarioAndANameIsNotReused() throws Exception {
        mvc.perform(post("/api/infrastructure/scenarios").with(user("v").roles("VIEWER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"viewer\",\"budget\":1}"))
                .andExpect(status().isForbidden());
        String name = "twice " + UUID.randomUUID();
        save(name, 1, "5G", "");
        mvc.perform(post("/api/infrastructure/scenarios").with(user("planner").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\",\"budget\":1}"))
                .andExpect(status().isBadRequest());
        assertThat(page("/infrastructure/scenarios")).doesNotContain("viewer</a>");
        assertThat(mvc.perform(get("/infrastructure/scenarios").with(user("v").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"scenario-form\"");
    }
}
