package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;
import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StreamsIntakeTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired Accounts accounts;
    @Autowired EventLog log;
    @Autowired Intake intake;

    String token(String user, Role role, String scope) {
        accounts.createIfAbsent(user, user, user + "-password-123", EnumSet.of(role));
        return tokens.issue(user, user, role, Set.of(scope), Duration.ofDays(1)).secret();
    }

    @Test
    void anHttpBatchIsStoredBeforeTheAnswerAndItsBadLineIsKeptAsideWithItsNumber() throws Exception {
        String secret = token("shipper", Role.SOC_ANALYST, "streams:write");
        String body = """
                {"@timestamp":"2026-11-28T01:00:00Z","source":{"ip":"203.0.113.1"},"event":{"action":"a"}}
                {"@timestamp":"2026-11-28T01:00:01Z","source":{"ip":"203.0.113.2"},"event":{"action":"b"}}
                {"broken":
                {"@timestamp":"2026-11-28T01:00:02Z","source":{"ip":"203.0.113.3"},"event":{"action":"c"}}
                """;
        mvc.perform(post("/api/streams/events").param("source", "http-test").header("Authorization", "Bearer " + secret)
                        .contentType("application/x-ndjson").content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.rejected[0].line").value(3))
                .andExpect(jsonPath("$.rejected[0].reason").value(org.hamcrest.Matchers.startsWith("bad JSON")));
        assertThat(jdbc.sql("select fields->>'source.ip' from streams.event where source = 'http-test' order by seq")
                .query(String.class).list()).containsExactly("203.0.113.1", "203.0.113.2", "203.0.113.3");
        assertThat(jdbc.sql("select line_no || ' ' || original from streams.dead_letter where source = 'http-test'")
                .query(String.class).list()).containsExactly("3 {\"broken\":");
    }

    @Test
    void onlyASocTokenScopedToStreamsMayPostEvents() throws Exception {
        String otherScope = token("shipper2", Role.SOC_ANALYST, "territory:write");
        String viewer = token("viewer2", Role.VIEWER, "streams:write");
        mvc.perform(post("/api/streams/events").header("Authorization", "Bearer " + otherScope).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/streams/events").header("Authorization", "Bearer " + viewer).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/streams/events").content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void aConsumerGetsEachEventOnceAndAFailedHandlerLeavesItsCheckpointWhereItWas() {
        intake.accept("consume-test", LogFormat.AUTH, ParseOptions.inZone(ZoneOffset.UTC), List.of(
                "Nov 28 09:00:01 h sshd[1]: Failed password for root from 198.51.100.4 port 1 ssh2",
                "Nov 28 09:00:02 h sshd[1]: message repeated 2 times: [ Failed password for root from 198.51.100.4 port 1 ssh2]"));
        String consumer = "test-" + System.nanoTime();
        assertThatThrownBy(() -> log.consume(consumer, 10_000, events -> {
            throw new IllegalStateException("detector failed");
        })).hasMessage("detector failed");
        assertThat(log.checkpoint(consumer)).isZero();

        List<Event> seen = new ArrayList<>();
        while (log.consume(consumer, 7, seen::addAll) > 0) {
            // read to the end in small pages
        }
        List<Event> mine = seen.stream().filter(e -> e.source().equals("consume-test")).toList();
        assertThat(mine).hasSize(3).allSatisfy(e -> assertThat(e.field("source.ip")).isEqualTo("198.51.100.4"));
        assertThat(seen).extracting(Event::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(log.checkpoint(consumer)).isEqualTo(seen.get(seen.size() - 1).sequence());
        assertThat(log.consume(consumer, 10, e -> { })).isZero();
    }

    @Test
    void syslogOverTcpReachesTheLogAndAnUnparsableLineReachesTheDeadLetters() throws Exception {
        try (SyslogServer server = new SyslogServer(intake, ParseOptions.inZone(ZoneOffset.UTC), 100, 10).start("127.0.0.1", -1, 0)) {
            String framed = "<38>1 2026-11-28T02:00:00Z gw sshd 77 - - Failed password for admin from 192.0.2.77 port 2222 ssh2";
            try (Socket s = new Socket("127.0.0.1", server.tcpPort()); OutputStream out = s.getOutputStream()) {
                out.write((framed.getBytes(StandardCharsets.UTF_8).length + " " + framed).getBytes(StandardCharsets.UTF_8));
                out.write("not a log line from tcp-test\n".getBytes(StandardCharsets.UTF_8));
            }
            while (jdbc.sql("select count(*) from streams.dead_letter where original like '%tcp-test%'").query(Long.class).single() == 0) {
                Thread.sleep(20);
            }
        }
        assertThat(jdbc.sql("select fields->>'user.name' from streams.event where fields->>'source.ip' = '192.0.2.77'")
                .query(String.class).list()).containsExactly("admin");
        assertThat(jdbc.sql("select source || ' ' || reason from streams.dead_letter where original like '%tcp-test%'")
                .query(String.class).single()).isEqualTo("syslog:127.0.0.1 no parser recognises the line");
    }
}
