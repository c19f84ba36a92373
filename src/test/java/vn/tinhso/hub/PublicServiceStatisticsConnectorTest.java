package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.tinhso.catalog.Imports;
import vn.tinhso.hub.internal.ConnectorRun;
import vn.tinhso.hub.internal.ConnectorSpec;
import vn.tinhso.hub.internal.Connectors;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Period;

/**
 * The public-service portal's statistics served by a local HTTP server in the connector's page shape, one item per
 * agency, unit and month. Commune 07210 in the first half of 2022 (the demo starts in 2023) holds only this test's figures.
 */
@SpringBootTest
@ActiveProfiles("test")
class PublicServiceStatisticsConnectorTest {

    @Autowired Connectors connectors;
    @Autowired Imports imports;
    @Autowired DataValues values;
    @Autowired Analytics analytics;
    @Autowired IndicatorCatalog catalog;

    private HttpServer server;
    private final Map<String, String> items = new LinkedHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dvc/v1/statistics", this::serve);
        server.start();
    }

    @AfterEach
    void stopPortal() {
        server.stop(0);
    }

    private synchronized void serve(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(query);
        Instant since = null;
        for (String p : query.split("&"))
            if (p.startsWith("updatedSince=")) since = Instant.parse(URLDecoder.decode(p.substring(13), StandardCharsets.UTF_8));
        List<String> changed = new ArrayList<>();
        for (var e : items.entrySet()) if (since == null || Instant.parse(e.getKey().split("\\|")[1]).isAfter(since)) changed.add(e.getValue());
        byte[] body = ("{\"page\":1,\"pages\":1,\"items\":[" + String.join(",", changed) + "]}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
    }

    private void item(String agency, String month, int received, int online, int processed, int onTime, String updatedAt) {
        items.keySet().removeIf(k -> k.startsWith(agency + month + "|"));
        items.put(agency + month + "|" + updatedAt, """
                {"agencyCode":"%s","unitCode":"07210","month":"%s","received":%d,"receivedOnline":%d,"processed":%d,
                 "processedOnTime":%d,"updatedAt":"%s"}""".formatted(agency, month, received, online, processed, onTime, updatedAt));
    }

    private Double rate(String indicator, String period) {
        return analytics.query(new Analytics.Request(List.of(indicator), List.of(Period.parse(period)), "07210", null,
                Analytics.Boundaries.AS_OF_PERIOD, null, false)).stream().map(Analytics.Row::value).findFirst().orElse(null);
    }

    @Test
    void theOnlineAndOnTimeRatesAreIndicatorsWithTheirMethod() {
        for (String code : List.of("DVC_ONLINE_RATE", "DVC_ON_TIME_RATE")) {
            Indicator rate = catalog.indicator(code).orElseThrow();
            assertThat(rate.isRatio()).isTrue();
            assertThat(rate.unit()).isEqualTo("%");
            assertThat(rate.description()).isNotNull();
            assertThat(rate.description().en()).contains("divided by");
        }
    }

    @Test
    void theStatisticsBecomeIndicatorValuesAndAnIncrementalSyncFetchesOnlyTheChangedMonths() {
        item("ubnd_xa", "2022-03", 200, 150, 180, 171, "2022-04-02T01:00:00Z");
        item("ubnd_xa", "2022-04", 100, 80, 90, 81, "2022-05-02T01:00:00Z");
        item("cong_an_tinh", "2022-04", 100, 20, 10, 9, "2022-05-02T02:00:00Z");
        connectors.register(new ConnectorSpec("test-dvc-statistics", "hub.public-services",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/dvc/v1/statistics", 100));

        ConnectorRun first = connectors.run("test-dvc-statistics", "steward", "digital government figures");
        assertThat(first.status()).as(first.error()).isEqualTo(ConnectorRun.SYNCED);
        assertThat(first.records()).isEqualTo(3);
        long version = first.importJobId();
        assertThat(values.stored("DVC_RECEIVED_ONLINE", Period.parse("202204"), version, null, 10))
                .extracting(DataValues.Stored::disaggregation).containsExactlyInAnyOrder("agency=ubnd_xa", "agency=cong_an_tinh");
        assertThat(rate("DVC_ONLINE_RATE", "202203")).isEqualTo(75.0);
        assertThat(rate("DVC_ONLINE_RATE", "202204")).isEqualTo(50.0);
        assertThat(rate("DVC_ON_TIME_RATE", "202204")).isEqualTo(90.0);

        item("ubnd_xa", "2022-04", 100, 80, 90, 90, "2022-05-10T01:00:00Z");
        queries.clear();
        ConnectorRun second = connectors.run("test-dvc-statistics", "steward", "digital government figures");

        assertThat(second.status()).as(second.error()).isEqualTo(ConnectorRun.SYNCED);
        assertThat(second.records()).isEqualTo(1);
        assertThat(queries).allSatisfy(q -> assertThat(q).contains("updatedSince=2022-05-02T02%3A00%3A00Z"));
        assertThat(rate("DVC_ON_TIME_RATE", "202204")).isEqualTo(99.0);
        assertThat(rate("DVC_ONLINE_RATE", "202203")).isEqualTo(75.0);
    }
}
