package vn.tinhso.hub;

import vn.tinhso.hub.internal.Connectors;
import vn.tinhso.hub.internal.ConnectorState;
import vn.tinhso.hub.internal.ConnectorSpec;
import vn.tinhso.hub.internal.ConnectorRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.tinhso.alerts.Alerts;
import vn.tinhso.catalog.Imports;

/**
 * A population registry served by a local HTTP server in the documented shape: {@code GET ?updatedSince=&page=&size=}
 * answers {@code {"items": [...], "page": n, "pages": m}} with the records updated strictly after {@code updatedSince}.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"tinhso.hub.retry-delay-ms=1", "tinhso.hub.client-id=VN/GOV/24/TEST"})
class RegistryConnectorTest {

    @Autowired Connectors connectors;
    @Autowired Imports imports;
    @Autowired Alerts alerts;
    @Autowired JdbcClient jdbc;

    private HttpServer server;
    private final Map<String, Map<String, Object>> records = new LinkedHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();

    @BeforeEach
    void startRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/population/v1/citizens", this::serve);
        server.start();
    }

    @AfterEach
    void stopRegistry() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/population/v1/citizens";
    }

    private synchronized void serve(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(query);
        headers.add(Map.of("client", String.valueOf(exchange.getRequestHeaders().getFirst("X-Road-Client")),
                "user", String.valueOf(exchange.getRequestHeaders().getFirst("X-Road-UserId")),
                "issue", String.valueOf(exchange.getRequestHeaders().getFirst("X-Road-Issue")),
                "id", String.valueOf(exchange.getRequestHeaders().getFirst("X-Road-Id"))));
        if (down.get()) {
            byte[] body = "{\"error\":\"maintenance\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : query.split("&")) {
            String[] kv = p.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        Instant since = params.containsKey("updatedSince") ? Instant.parse(params.get("updatedSince")) : null;
        int page = Integer.parseInt(params.get("page")), size = Integer.parseInt(params.get("size"));
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Map<String, Object> r : records.values())
            if (since == null || Instant.parse((String) r.get("updatedAt")).isAfter(since)) changed.add(r);
        int pages = Math.max(1, (changed.size() + size - 1) / size);
        List<Map<String, Object>> items = changed.subList(Math.min(changed.size(), (page - 1) * size), Math.min(changed.size(), page * size));
        StringBuilder json = new StringBuilder("{\"page\":" + page + ",\"pages\":" + pages + ",\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) json.append(',');
            json.append('{');
            int k = 0;
            for (var e : items.get(i).entrySet())
                json.append(k++ > 0 ? "," : "").append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            json.append('}');
        }
        byte[] body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        bodies.add(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
    }

    private void citizen(String id, String name, String born, String sex, String updatedAt) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("personalId", id);
        r.put("fullName", name);
        r.put("birthDate", born);
        r.put("sex", sex);
        r.put("communeCode", "07210");
        r.put("householdCode", "T-CON-" + id.substring(8));
        r.put("updatedAt", updatedAt);
        records.put(id, r);
    }

    @Test
    void anIncrementalSyncFetchesOnlyTheRecordsChangedSinceTheLastRun() {
        citizen("096080000401", "Đỗ Văn An", "1980-01-01", "male", "2024-09-01T01:00:00Z");
        citizen("096182000402", "Đỗ Thị Bé", "1982-02-02", "female", "2024-09-01T02:00:00Z");
        citizen("096085000403", "Đỗ Văn Cường", "1985-03-03", "male", "2024-09-02T03:00:00Z");
        citizen("096187000404", "Đỗ Thị Dung", "1987-04-04", "female", "2024-09-02T04:00:00Z");
        citizen("096090000405", "Đỗ Văn Đức", "1990-05-05", "male", "2024-09-03T05:00:00Z");
        connectors.register(new ConnectorSpec("test-population-incremental", "hub.citizens", url(), 2));

        ConnectorRun first = connectors.run("test-population-incremental", "steward", "population sync test");
        assertThat(first.status()).as(first.error()).isEqualTo(ConnectorRun.SYNCED);
        assertThat(first.records()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(imports.job(first.importJobId()).orElseThrow().rowsAccepted()).isEqualTo(5);
        assertThat(connectors.state("test-population-incremental").orElseThrow().cursor()).isEqualTo(Instant.parse("2024-09-03T05:00:00Z"));

        citizen("096182000402", "Đỗ Thị Bé Hai", "1982-02-02", "female", "2024-09-04T01:00:00Z");
        citizen("096192000406", "Đỗ Thị Giang", "1992-06-06", "female", "2024-09-04T02:00:00Z");
        queries.clear();
        ConnectorRun second = connectors.run("test-population-incremental", "steward", "population sync test");

        assertThat(second.status()).isEqualTo(ConnectorRun.SYNCED);
        assertThat(second.records()).isEqualTo(2);
        assertThat(queries).allSatisfy(q -> assertThat(q).contains("updatedSince=2024-09-03T05%3A00%3A00Z"));
        assertThat(imports.job(second.importJobId()).orElseThrow().rowsAccepted()).isEqualTo(2);
        assertThat(jdbc.sql("select full_name from hub.citizen where personal_id = '096182000402'").query(String.class).single())
                .isEqualTo("Đỗ Thị Bé Hai");
        assertThat(jdbc.sql("select count(*) from hub.citizen where personal_id like '096%' and right(personal_id, 6) between '000401' and '000406'").query(Long.class).single()).isEqualTo(6);

        ConnectorRun third = connectors.run("test-population-incremental", "steward", "population sync test");
        assertThat(third.status()).isEqualTo(ConnectorRun.UNCHANGED);
        assertThat(third.importJobId()).isNull();
    }

    @Test
    void everyRequestCarriesTheExchangeHeadersAndIsLoggedWithTheHashesOfBothSides() throws Exception {
        citizen("096080000501", "Vũ Văn An", "1980-01-01", "male", "2024-09-01T01:00:00Z");
        connectors.register(new ConnectorSpec("test-population-headers", "hub.citizens", url(), 100));
        connectors.run("test-population-headers", "nguyen.steward", "Case 2024/77: household survey");

        assertThat(headers).isNotEmpty().allSatisfy(h -> {
            assertThat(h.get("client")).isEqualTo("VN/GOV/24/TEST");
            assertThat(h.get("user")).isEqualTo("nguyen.steward");
            assertThat(h.get("issue")).isEqualTo("Case 2024/77: household survey");
            assertThat(h.get("id")).isNotEqualTo("null");
        });
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bodies.get(bodies.size() - 1)));
        var logged = jdbc.sql("""
                select end_user, purpose, status, response_sha256, request_sha256 from hub.outgoing_exchange
                where connector = 'test-population-headers' order by id desc limit 1""").query().singleRow();
        assertThat(logged).containsEntry("end_user", "nguyen.steward").containsEntry("status", 200)
                .containsEntry("response_sha256", expected);
        assertThat((String) logged.get("request_sha256")).hasSize(64);
    }

    @Test
    void aSourceReturningErrorsKeepsThePreviousVersionAndRaisesAnAlert() {
        citizen("096080000601", "Hoàng Văn An", "1980-01-01", "male", "2024-09-01T01:00:00Z");
        connectors.register(new ConnectorSpec("test-population-down", "hub.citizens", url(), 100));
        ConnectorRun good = connectors.run("test-population-down", "steward", "sync");
        assertThat(good.status()).isEqualTo(ConnectorRun.SYNCED);

        citizen("096080000601", "Hoàng Văn Anh", "1980-01-01", "male", "2024-09-05T01:00:00Z");
        down.set(true);
        int before = queries.size();
        ConnectorRun failed = connectors.run("test-population-down", "steward", "sync");

        assertThat(failed.status()).isEqualTo(ConnectorRun.FAILED);
        assertThat(failed.error()).contains("503");
        assertThat(queries.size() - before).as("retried before giving up").isEqualTo(3);
        ConnectorState state = connectors.state("test-population-down").orElseThrow();
        assertThat(state.lastGoodVersion()).isEqualTo(good.importJobId());
        assertThat(state.cursor()).isEqualTo(Instant.parse("2024-09-01T01:00:00Z"));
        assertThat(state.lastStatus()).isEqualTo(ConnectorRun.FAILED);
        assertThat(jdbc.sql("select full_name from hub.citizen where personal_id = '096080000601'").query(String.class).single())
                .isEqualTo("Hoàng Văn An");
        assertThat(alerts.find(new Alerts.AlertQuery("hub.connector.failed", null, null, null, null, 50)))
                .anySatisfy(a -> assertThat(a.entities()).containsEntry("connector", "test-population-down"));

        down.set(false);
        ConnectorRun recovered = connectors.run("test-population-down", "steward", "sync");
        assertThat(recovered.status()).isEqualTo(ConnectorRun.SYNCED);
        assertThat(recovered.records()).isEqualTo(1);
    }
}
