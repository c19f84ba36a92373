package vn.tinhso.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.ImportChanges;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.RowProblem;

/** Datasets and their versions (one per import attempt), with progress, report and log. */
@Repository
public class DatasetVersions {

    private static final String SELECT = """
            select v.*, d.name as dataset_name from catalog.dataset_version v join catalog.dataset d on d.id = v.dataset_id""";

    /** A dataset with the count of its versions and the latest accepted one. */
    public record DatasetSummary(long id, String name, String kind, int versions, Integer latestAccepted,
                                 java.time.Instant lastImport) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImportNode node;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;

    DatasetVersions(JdbcClient jdbc, JsonMapper json, ImportNode node, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.node = node;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long datasetId(String name, String kind) {
        jdbc.sql("insert into catalog.dataset (name, kind) values (:name, :kind) on conflict (name) do nothing")
                .param("name", name).param("kind", kind).update();
        return jdbc.sql("select id from catalog.dataset where name = :name").param("name", name).query(Long.class).single();
    }

    long create(long datasetId, String kind, String source, String fileName, String format, long size, String sha256,
                boolean acceptValidRows, long rowsTotal, String username) {
        // Versions of one dataset are numbered in order; the lock keeps two uploads from taking the same number.
        jdbc.sql("select id from catalog.dataset where id = :id for update").param("id", datasetId).query(Long.class).single();
        return jdbc.sql("""
                insert into catalog.dataset_version (dataset_id, number, kind, status, phase, source, file_name, file_format,
                  file_size, sha256, accept_valid_rows, rows_total, username, node)
                values (:dataset, (select coalesce(max(number), 0) + 1 from catalog.dataset_version where dataset_id = :dataset),
                  :kind, 'QUEUED', 'queued', :source, :fileName, :format, :size, :sha, :acceptValid, :total, :user, :node)
                returning id""")
                .param("dataset", datasetId).param("kind", kind).param("source", source).param("fileName", fileName)
                .param("format", format).param("size", size).param("sha", sha256).param("acceptValid", acceptValidRows)
                .param("total", rowsTotal).param("user", username).param("node", node.id()).query(Long.class).single();
    }

    Optional<Long> acceptedWithSameContent(String sha256, String kind) {
        return jdbc.sql("""
                select id from catalog.dataset_version where sha256 = :sha and kind = :kind and status = 'ACCEPTED'
                order by id limit 1""").param("sha", sha256).param("kind", kind).query(Long.class).optional();
    }

    /**
     * In a transaction of its own, so that progress shows while the import's transaction is open. Once that
     * transaction has touched the version's row, progress is skipped rather than waiting for itself.
     */
    void progress(long id, String phase, long rowsDone, long bytesDone) {
        separately.executeWithoutResult(status -> jdbc.sql(
                        "update catalog.dataset_version set status = 'RUNNING', phase = :phase, rows_done = :done, bytes_done = :bytes "
                                + "where id = (select id from catalog.dataset_version where id = :id for update skip locked)")
                .param("phase", phase).param("done", rowsDone).param("bytes", bytesDone).param("id", id).update());
    }

    void finish(long id, ImportStatus status, long rowsRead, int accepted, int rejected, OutcomeText message,
                List<RowProblem> problems, Long sameAs) {
        jdbc.sql("""
                update catalog.dataset_version set status = :status, phase = 'finished',
                  rows_total = greatest(rows_total, :rowsRead), rows_done = greatest(rows_total, :rowsRead), bytes_done = file_size,
                  rows_accepted = :accepted, rows_rejected = :rejected, message = :message, message_code = :messageCode,
                  message_args = cast(:messageArgs as jsonb), problems = cast(:problems as jsonb),
                  same_as = :sameAs, finished_at = now() where id = :id""")
                .param("status", status.name()).param("rowsRead", rowsRead).param("accepted", accepted).param("rejected", rejected)
                .param("message", message.english()).param("messageCode", message.code())
                .param("messageArgs", json.writeValueAsString(message.args()))
                .param("problems", json.writeValueAsString(problems)).param("sameAs", sameAs).param("id", id).update();
    }

    void referenceDate(long id, java.time.LocalDate date) {
        jdbc.sql("update catalog.dataset_version set reference_date = :date where id = :id").param("date", date).param("id", id).update();
    }

    void changes(long id, ImportChanges changes) {
        jdbc.sql("update catalog.dataset_version set changes = cast(:changes as jsonb) where id = :id")
                .param("changes", json.writeValueAsString(changes)).param("id", id).update();
    }

    void warnings(long id, List<RowProblem> warnings) {
        jdbc.sql("update catalog.dataset_version set warnings = cast(:warnings as jsonb) where id = :id")
                .param("warnings", json.writeValueAsString(warnings)).param("id", id).update();
    }

    private static final String APPEND_LOG = """
            update catalog.dataset_version set log = log || to_char(now() at time zone 'utc', 'HH24:MI:SS.MS') || ' ' || :line || chr(10),
                log_entries = log_entries || jsonb_build_array(jsonb_build_object('at', now(), 'code', cast(:code as text),
                    'args', cast(:args as jsonb), 'outcomeCode', cast(:outcomeCode as text), 'outcomeArgs', cast(:outcomeArgs as jsonb)))
            where id = :id""";

    /** In the caller's transaction: kept only if it commits (the import's "Committed" line). */
    void logWithin(long id, OutcomeText line) {
        logWithin(id, line, null);
    }

    /** A line that reports an outcome: {@code line} says what happened ("Committed"), {@code outcome} the outcome's text. */
    void logWithin(long id, OutcomeText line, OutcomeText outcome) {
        append(id, line, outcome);
    }

    /** In a transaction of its own, like {@link #progress}. */
    void log(long id, OutcomeText line) {
        log(id, line, null);
    }

    void log(long id, OutcomeText line, OutcomeText outcome) {
        separately.executeWithoutResult(status -> append(id, line, outcome));
    }

    private void append(long id, OutcomeText line, OutcomeText outcome) {
        jdbc.sql(APPEND_LOG).param("id", id)
                .param("line", line.english() + (outcome == null ? "" : ": " + outcome.english()))
                .param("code", line.code()).param("args", json.writeValueAsString(line.args()))
                .param("outcomeCode", outcome == null ? null : outcome.code())
                .param("outcomeArgs", json.writeValueAsString(outcome == null ? List.of() : outcome.args()))
                .update();
    }

    /** The log of a version as codes, oldest first (empty for versions logged before the log had codes). */
    public List<LogEntry> logEntries(long id) {
        String entries = jdbc.sql("select log_entries::text from catalog.dataset_version where id = :id").param("id", id)
                .query(String.class).optional().orElse("[]");
        List<LogEntry> out = new java.util.ArrayList<>();
        for (var node : json.readTree(entries)) {
            out.add(new LogEntry(java.time.OffsetDateTime.parse(node.path("at").asString()).toInstant(), node.path("code").asString(null),
                    strings(node.path("args")), node.path("outcomeCode").isNull() ? null : node.path("outcomeCode").asString(null),
                    strings(node.path("outcomeArgs"))));
        }
        return out;
    }

    private static List<String> strings(tools.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? "" : n.asString()));
        return out;
    }

    /**
     * Jobs a stopped process left unfinished: their write transaction never committed, so nothing of
     * them was kept. A node whose advisory lock can be taken is gone; jobs of live nodes are left alone.
     */
    int failInterrupted() {
        int failed = 0;
        List<String> nodes = jdbc.sql("select distinct coalesce(node, '') from catalog.dataset_version where status in ('QUEUED', 'RUNNING')")
                .query(String.class).list();
        for (String node : nodes) {
            // Both calls on one connection: a session lock taken must be released by the same session.
            failed += transaction.execute(status -> {
                boolean gone = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:name, 0))")
                        .param("name", ImportNode.lockName(node)).query(Boolean.class).single();
                return !gone ? 0 : jdbc.sql("""
                        update catalog.dataset_version set status = 'FAILED', phase = 'finished', finished_at = now(),
                          message = 'Interrupted by a restart before it finished; nothing was written. Upload the file again.',
                          message_code = 'catalog.message.interrupted'
                        where status in ('QUEUED', 'RUNNING') and coalesce(node, '') = :node""").param("node", node).update();
            });
        }
        return failed;
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query((rs, n) -> job(rs)).optional();
    }

    public List<ImportJob> ofDataset(long datasetId) {
        return jdbc.sql(SELECT + " where v.dataset_id = :id order by v.number desc").param("id", datasetId)
                .query((rs, n) -> job(rs)).list();
    }

    public List<ImportJob> recent(int limit) {
        return jdbc.sql(SELECT + " order by v.id desc limit :limit").param("limit", limit).query((rs, n) -> job(rs)).list();
    }

    public List<DatasetSummary> datasets() {
        return jdbc.sql("""
                select d.id, d.name, d.kind, count(v.id) as versions,
                  max(v.number) filter (where v.status = 'ACCEPTED') as latest_accepted, max(v.created_at) as last_import
                from catalog.dataset d left join catalog.dataset_version v on v.dataset_id = d.id
                group by d.id order by d.name""")
                .query((rs, n) -> new DatasetSummary(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                        rs.getInt("versions"), (Integer) rs.getObject("latest_accepted"), instant(rs.getTimestamp("last_import"))))
                .list();
    }

    public Optional<DatasetSummary> dataset(long id) {
        return datasets().stream().filter(d -> d.id() == id).findFirst();
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        return new ImportJob(rs.getLong("id"), rs.getLong("dataset_id"), rs.getString("dataset_name"), rs.getInt("number"),
                rs.getString("kind"), ImportStatus.valueOf(rs.getString("status")), rs.getString("phase"),
                rs.getString("source"), rs.getString("file_name"), rs.getString("file_format"), rs.getLong("file_size"),
                rs.getString("sha256"), (Long) rs.getObject("same_as"), rs.getBoolean("accept_valid_rows"),
                rs.getInt("rows_total"), rs.getInt("rows_done"), rs.getInt("rows_accepted"), rs.getInt("rows_rejected"),
                rs.getString("username"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")),
                rs.getString("message"), rs.getString("message_code"),
                List.of(json.readValue(rs.getString("message_args"), String[].class)),
                List.of(json.readValue(rs.getString("problems"), RowProblem[].class)),
                rs.getString("log"), rs.getLong("bytes_done"), rs.getObject("reference_date", java.time.LocalDate.class),
                List.of(json.readValue(rs.getString("warnings"), RowProblem[].class)),
                rs.getString("changes") == null ? null : json.readValue(rs.getString("changes"), ImportChanges.class));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
