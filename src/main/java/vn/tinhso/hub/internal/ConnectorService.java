package vn.tinhso.hub.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/**
 * Pulls a registry page by page from its cursor, writes the records as a CSV file of the connector's import kind and
 * hands it to the catalog: each run that brings records is a dataset version with its own report. A failure leaves
 * the cursor and the last good version as they were, and raises an alert.
 */
@Service
class ConnectorService implements Connectors {

    static final String ALERT_RULE = "hub.connector.failed";
    private static final Logger log = LoggerFactory.getLogger(ConnectorService.class);
    /** A runaway source (pages that never end) stops here. */
    private static final int MAX_PAGES = 10_000;

    private final JdbcClient jdbc;
    private final RegistryClient client;
    private final JdbcSource database;
    private final Imports imports;
    private final Alerts alerts;
    private final JsonMapper json = JsonMapper.builder().build();
    private final int attempts;
    private final long retryDelayMillis;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    ConnectorService(JdbcClient jdbc, RegistryClient client, JdbcSource database, Imports imports, Alerts alerts,
                     @Value("${tinhso.hub.attempts:3}") int attempts, @Value("${tinhso.hub.retry-delay-ms:1000}") long retryDelayMillis) {
        this.jdbc = jdbc;
        this.client = client;
        this.database = database;
        this.imports = imports;
        this.alerts = alerts;
        this.attempts = Math.max(1, attempts);
        this.retryDelayMillis = retryDelayMillis;
    }

    @Override
    public ConnectorState register(ConnectorSpec spec) {
        jdbc.sql("""
                insert into hub.connector (code, kind, base_url, page_size) values (:c, :k, :u, :s)
                on conflict (code) do update set kind = excluded.kind, base_url = excluded.base_url, page_size = excluded.page_size,
                    source = 'rest', jdbc_user = null, jdbc_password = null, query = null""")
                .param("c", spec.code()).param("k", spec.kind()).param("u", spec.baseUrl()).param("s", spec.pageSize()).update();
        return state(spec.code()).orElseThrow();
    }

    @Override
    public ConnectorState registerJdbc(JdbcSourceSpec spec) {
        jdbc.sql("""
                insert into hub.connector (code, kind, base_url, source, jdbc_user, jdbc_password, query)
                values (:c, :k, :u, 'jdbc', :user, :pw, :q)
                on conflict (code) do update set kind = excluded.kind, base_url = excluded.base_url, source = 'jdbc',
                    jdbc_user = excluded.jdbc_user, jdbc_password = excluded.jdbc_password, query = excluded.query""")
                .param("c", spec.code()).param("k", spec.kind()).param("u", spec.url()).param("user", spec.user())
                .param("pw", spec.password()).param("q", spec.query()).update();
        return state(spec.code()).orElseThrow();
    }

    @Override
    public List<ConnectorState> list() {
        return jdbc.sql("select * from hub.connector order by code").query(ConnectorService::state).list();
    }

    @Override
    public Optional<ConnectorState> state(String code) {
        return jdbc.sql("select * from hub.connector where code = :c").param("c", code).query(ConnectorService::state).optional();
    }

    @Override
    public List<ConnectorRun> runs(String code, int limit) {
        return jdbc.sql("select * from hub.connector_run where connector = :c order by id desc limit :n")
                .param("c", code).param("n", limit).query(ConnectorService::run).list();
    }

    /** Every connector, on the schedule, as the platform itself. */
    @Scheduled(initialDelayString = "${tinhso.hub.sync-interval:1h}", fixedDelayString = "${tinhso.hub.sync-interval:1h}")
    void runAll() {
        for (ConnectorState c : list()) {
            try {
                run(c.code(), "system", "scheduled synchronisation");
            } catch (RuntimeException e) {
                log.warn("connector {} could not run: {}", c.code(), e.getMessage());
            }
        }
    }

    @Override
    public ConnectorRun run(String code, String endUser, String purpose) {
        ConnectorState c = state(code).orElseThrow(() -> new IllegalArgumentException("no connector " + code));
        if (!running.add(code)) throw new IllegalStateException("connector " + code + " is running already");
        Instant started = Instant.now();
        long runId = jdbc.sql("insert into hub.connector_run (connector, started_at, status, since) values (:c, :t, 'RUNNING', :s) returning id")
                .param("c", code).param("t", Timestamp.from(started)).param("s", c.cursor() == null ? null : Timestamp.from(c.cursor()))
                .query(Long.class).single();
        Path file = null;
        try {
            file = Files.createTempFile("tinhso-connector-", ".csv");
            Pulled pulled = database.reads(code) ? database.pull(code, c.kind(), c.cursor(), file, attempts, retryDelayMillis)
                    : pull(c, endUser, purpose, file);
            if (pulled.records() == 0) {
                Files.deleteIfExists(file);
                return finish(runId, c, ConnectorRun.UNCHANGED, pulled, null, null, c.cursor());
            }
            ImportJob job = imports.runNow(ImportRequest.ofFile(code + "-" + started.toString().replace(':', '-') + ".csv", file, c.kind(),
                    null, "connector " + code + " (" + c.baseUrl().split("\\?")[0] + ")", endUser, true));
            file = null;
            if (job.status() == ImportStatus.ACCEPTED || job.status() == ImportStatus.DUPLICATE) {
                Instant cursor = pulled.newest() == null ? c.cursor() : pulled.newest();
                return finish(runId, c, ConnectorRun.SYNCED, pulled, job.id(), null, cursor);
            }
            return fail(runId, c, pulled, job.id(), "the import was not accepted: " + job.message());
        } catch (SourceUnavailable e) {
            return fail(runId, c, new Pulled(0, 0, null), null, e.getMessage());
        } catch (IOException e) {
            return fail(runId, c, new Pulled(0, 0, null), null, e.toString());
        } finally {
            running.remove(code);
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private Pulled pull(ConnectorState c, String endUser, String purpose, Path file) throws IOException {
        Map<String, String> mapping = RegistryMappings.fieldsToColumns(c.kind());
        int records = 0, page = 1, pages = 1;
        Instant newest = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", mapping.values()));
            out.write('\n');
            do {
                JsonNode body = page(c, page, endUser, purpose);
                JsonNode items = body.get("items");
                if (items == null || !items.isArray()) throw new SourceUnavailable("page " + page + " has no items array");
                for (JsonNode item : items) {
                    StringBuilder line = new StringBuilder();
                    for (String field : mapping.keySet()) {
                        if (!line.isEmpty()) line.append(',');
                        line.append(Csv.escape(text(item.get(field))));
                    }
                    out.write(line.append('\n').toString());
                    records++;
                    Instant updated = Timestamps.parse(text(item.get("updatedAt")));
                    if (updated != null && (newest == null || updated.isAfter(newest))) newest = updated;
                }
                pages = body.has("pages") ? body.get("pages").asInt() : (items.size() < c.pageSize() ? page : page + 1);
                page++;
            } while (page <= pages && page <= MAX_PAGES);
        }
        return new Pulled(records, page - 1, newest);
    }

    private JsonNode page(ConnectorState c, int page, String endUser, String purpose) {
        StringBuilder url = new StringBuilder(c.baseUrl()).append(c.baseUrl().contains("?") ? '&' : '?')
                .append("page=").append(page).append("&size=").append(c.pageSize());
        if (c.cursor() != null) url.append("&updatedSince=").append(URLEncoder.encode(c.cursor().toString(), StandardCharsets.UTF_8));
        URI uri = URI.create(url.toString());
        for (int attempt = 1; ; attempt++) {
            try {
                return json.readTree(client.get(c.code(), uri, endUser, purpose));
            } catch (SourceUnavailable | JacksonException e) {
                if (attempt >= attempts) throw e instanceof SourceUnavailable s ? s : new SourceUnavailable("page " + page + " is not JSON");
                sleep(retryDelayMillis << (attempt - 1));
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailable("interrupted");
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return "";
        return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString();
    }

    private ConnectorRun fail(long runId, ConnectorState c, Pulled pulled, Long jobId, String error) {
        log.warn("connector {} failed: {}", c.code(), error);
        ConnectorRun run = finish(runId, c, ConnectorRun.FAILED, pulled, jobId, error, c.cursor());
        Instant now = Instant.now();
        alerts.raise(new AlertDraft("hub", ALERT_RULE, "A registry connector cannot bring its records", Severity.HIGH,
                Map.of("connector", c.code()), now, now, 1));
        return run;
    }

    private ConnectorRun finish(long runId, ConnectorState c, String status, Pulled pulled, Long jobId, String error, Instant cursor) {
        Instant now = Instant.now();
        jdbc.sql("""
                update hub.connector_run set finished_at = :t, status = :s, records = :r, pages = :p, import_job_id = :j, error = :e
                where id = :id""")
                .param("t", Timestamp.from(now)).param("s", status).param("r", pulled.records()).param("p", pulled.pages())
                .param("j", jobId).param("e", error).param("id", runId).update();
        boolean good = !ConnectorRun.FAILED.equals(status);
        jdbc.sql("""
                update hub.connector set last_run_at = :t, last_status = :s, last_error = :e, cursor_at = :cursor,
                    last_good_version = case when :good and cast(:j as bigint) is not null then :j else last_good_version end
                where code = :c""")
                .param("t", Timestamp.from(now)).param("s", status).param("e", error)
                .param("cursor", cursor == null ? null : Timestamp.from(cursor)).param("good", good).param("j", jobId)
                .param("c", c.code()).update();
        return jdbc.sql("select * from hub.connector_run where id = :id").param("id", runId).query(ConnectorService::run).single();
    }

    private static ConnectorState state(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ConnectorState(rs.getString("code"), rs.getString("kind"), rs.getString("base_url"), rs.getInt("page_size"),
                instant(rs.getTimestamp("cursor_at")), (Long) rs.getObject("last_good_version"), instant(rs.getTimestamp("last_run_at")),
                rs.getString("last_status"), rs.getString("last_error"));
    }

    private static ConnectorRun run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ConnectorRun(rs.getLong("id"), rs.getString("connector"), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), rs.getString("status"), rs.getInt("records"), rs.getInt("pages"),
                (Long) rs.getObject("import_job_id"), instant(rs.getTimestamp("since")), rs.getString("error"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
