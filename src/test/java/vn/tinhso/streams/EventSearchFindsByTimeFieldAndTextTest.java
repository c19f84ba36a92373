package vn.tinhso.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EventSearchFindsByTimeFieldAndTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Intake intake;
    @Autowired JdbcClient jdbc;

    private static String event(String time, String ip, int port, String message) {
        return "{\"@timestamp\":\"" + time + "\",\"source\":{\"ip\":\"" + ip + "\"},\"destination\":{\"port\":" + port
                + "},\"message\":\"" + message + "\"}";
    }

    private void store(String source, List<String> lines) {
        Intake.IntakeResult stored = intake.accept(source, LogFormat.JSON, ParseOptions.inZone(ZoneOffset.UTC), lines);
        assertThat(stored.rejected()).isEmpty();
    }

    private JsonNode search(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(user("soc-searcher").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private static List<String> originals(JsonNode answer) {
        List<String> lines = new ArrayList<>();
        answer.get("events").forEach(e -> lines.add(e.get("original").asString()));
        return lines;
    }

    @Test
    void theTimeRangeFieldValuesIncludingANumberAndTextWithPercentAndUnderscoreSelectExactlyTheirEvents() throws Exception {
        String source = "search-test-" + System.nanoTime();
        String hit = event("2026-11-20T10:00:00Z", "198.51.100.7", 22, "login 100% ok");
        String otherPort = event("2026-11-20T10:05:00Z", "198.51.100.7", 443, "login 100x ok");
        String otherIp = event("2026-11-20T10:10:00Z", "198.51.100.8", 22, "user a_b");
        String likeWildcard = event("2026-11-20T10:15:00Z", "198.51.100.9", 22, "user aXb");
        String outOfRange = event("2026-11-20T11:30:00Z", "198.51.100.7", 22, "login 100% ok later");
        store(source, List.of(hit, otherPort, otherIp, likeWildcard, outOfRange));
        assertThat(jdbc.sql("select distinct jsonb_typeof(fields->'destination.port') from streams.event where source = :s")
                .param("s", source).query(String.class).list()).as("the port is stored as a JSON number").containsExactly("number");

        var range = get("/api/streams/search").param("source", source)
                .param("from", "2026-11-20T10:00:00Z").param("to", "2026-11-20T11:00:00Z");
        JsonNode all = search(range);
        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(originals(all)).containsExactly(likeWildcard, otherIp, otherPort, hit);

        JsonNode byFields = search(get("/api/streams/search").param("source", source)
                .param("from", "2026-11-20T10:00:00Z").param("to", "2026-11-20T11:00:00Z")
                .param("field", "source.ip:198.51.100.7", "destination.port:22"));
        assertThat(originals(byFields)).containsExactly(hit);
        assertThat(byFields.get("events").get(0).get("fields").get("destination.port").asInt()).isEqualTo(22);

        JsonNode byPercent = search(get("/api/streams/search").param("source", source)
                .param("from", "2026-11-20T10:00:00Z").param("to", "2026-11-20T12:00:00Z").param("q", "LOGIN 100%"));
        assertThat(originals(byPercent)).containsExactly(outOfRange, hit);

        JsonNode byUnderscore = search(get("/api/streams/search").param("source", source)
                .param("from", "2026-11-20T10:00:00Z").param("to", "2026-11-20T12:00:00Z").param("q", "a_b"));
        assertThat(originals(byUnderscore)).containsExactly(otherIp);

        // Province time (UTC+7) when the time carries no offset: 17:00-18:00 there is 10:00-11:00 UTC.
        JsonNode local = search(get("/api/streams/search").param("source", source)
                .param("from", "2026-11-20T17:00").param("to", "2026-11-20T18:00"));
        assertThat(local.get("total").asLong()).isEqualTo(4);
    }

    @Test
    void pagingByCursorVisitsEveryEventOnceNewestFirstAndTheHistogramAddsUpToTheTotal() throws Exception {
        String source = "search-paging-" + System.nanoTime();
        List<String> lines = new ArrayList<>();
        Instant start = Instant.parse("2026-11-21T08:00:00Z");
        for (int i = 0; i < 23; i++) {
            // Pairs share a time stamp, so the order between them comes from seq.
            lines.add(event(start.plusSeconds(60L * (i / 2)).toString(), "192.0.2." + i, 1000 + i, "paging " + i));
        }
        store(source, lines);
        List<Long> stored = jdbc.sql("select seq from streams.event where source = :s order by event_time desc, seq desc")
                .param("s", source).query(Long.class).list();
        assertThat(stored).hasSize(23);

        List<Long> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = get("/api/streams/search").param("source", source).param("size", "5")
                    .param("from", "2026-11-21T08:00:00Z").param("to", "2026-11-21T09:00:00Z");
            if (after != null) {
                request.param("after", after);
            }
            JsonNode answer = search(request);
            answer.get("events").forEach(e -> seen.add(e.get("seq").asLong()));
            JsonNode next = answer.get("next");
            after = next == null || next.isNull() ? null : next.asString();
            if (pages == 0) {
                assertThat(answer.get("total").asLong()).isEqualTo(23);
                assertThat(answer.get("bucketSeconds").asLong()).isEqualTo(60);
                assertThat(answer.get("histogram")).hasSize(60);
                long sum = 0;
                for (JsonNode b : answer.get("histogram")) {
                    sum += b.get("count").asLong();
                }
                assertThat(sum).isEqualTo(23);
                assertThat(answer.get("histogram").get(0).get("count").asLong()).isEqualTo(2);
                assertThat(answer.get("histogram").get(11).get("count").asLong()).isEqualTo(1);
            }
            pages++;
        } while (after != null && pages < 10);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).containsExactlyElementsOf(stored);

        JsonNode secondByNumber = search(get("/api/streams/search").param("source", source).param("size", "5").param("page", "1")
                .param("from", "2026-11-21T08:00:00Z").param("to", "2026-11-21T09:00:00Z"));
        List<Long> second = new ArrayList<>();
        secondByNumber.get("events").forEach(e -> second.add(e.get("seq").asLong()));
        assertThat(second).containsExactlyElementsOf(stored.subList(5, 10));
    }

    @Test
    void aTimeOrFieldOrCursorItCannotReadIsABadRequestSayingWhich() throws Exception {
        var soc = user("soc-searcher").roles("SOC_ANALYST");
        mvc.perform(get("/api/streams/search").param("from", "yesterday").with(soc))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("from 'yesterday' is not a time")));
        mvc.perform(get("/api/streams/search").param("field", "source.ip").with(soc))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("must read name:value")));
        mvc.perform(get("/api/streams/search").param("after", "nonsense").with(soc))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("is not a cursor")));
        mvc.perform(get("/api/streams/search").param("from", "2026-11-21T09:00:00Z").param("to", "2026-11-21T08:00:00Z").with(soc))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("must be before to")));
        mvc.perform(get("/streams/search").param("to", "soon").with(soc))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("soon&#39; is not a time")));
    }
}
