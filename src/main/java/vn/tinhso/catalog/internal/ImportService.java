package vn.tinhso.catalog.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.DatasetVersionImported;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRefused;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.catalog.internal.RawTable.RawRow;

/**
 * Receives a file, records the attempt as a dataset version, checks every row, and writes the
 * accepted rows of a version in one transaction: a crash or an exception leaves nothing behind.
 */
@Service
class ImportService implements Imports {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int PROBLEMS_KEPT = 1000;

    private final Map<String, ImportKind> kinds;
    private final TableReader reader;
    private final DatasetVersions versions;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final EnglishTexts texts;
    private final int maxRows;

    ImportService(List<ImportKind> kinds, TableReader reader, DatasetVersions versions, TransactionTemplate transaction,
                  @Qualifier("importExecutor") TaskExecutor executor, AuditLog audit, ApplicationEventPublisher events,
                  JsonMapper json, EnglishTexts texts, @Value("${tinhso.import.max-rows:200000}") int maxRows) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::code, Function.identity()));
        this.reader = reader;
        this.versions = versions;
        this.transaction = transaction;
        this.executor = executor;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.texts = texts;
        this.maxRows = maxRows;
    }

    @Override
    public ImportJob submit(ImportRequest request) {
        return start(request, executor);
    }

    @Override
    public ImportJob runNow(ImportRequest request) {
        return start(request, Runnable::run);
    }

    @Override
    public Optional<ImportJob> job(long id) {
        return versions.find(id);
    }

    @Override
    public List<String> kinds() {
        return kinds.keySet().stream().sorted().toList();
    }

    @Override
    public Optional<List<ColumnSpec>> columns(String kind) {
        return Optional.ofNullable(kinds.get(kind)).map(ImportKind::columns);
    }

    /** What the file holds once read: a table to check column by column, or rows a kind read itself. */
    record Parsed(String format, RawTable table, List<ImportRow> special, RowProblem unreadable) {

        int size() {
            return table != null ? table.rows().size() : special != null ? special.size() : 0;
        }
    }

    private ImportJob start(ImportRequest request, Executor runner) {
        Chosen chosen = choose(request);
        ImportKind kind = chosen.kind();
        Parsed parsed = chosen.parsed();
        String sha = sha256(request.content());
        String datasetName = request.dataset() == null || request.dataset().isBlank() ? kind.defaultDataset() : request.dataset().trim();
        long datasetId = versions.datasetId(datasetName, kind.code());
        long id = transaction.execute(status -> versions.create(datasetId, kind.code(), request.source().trim(),
                request.fileName(), parsed.format(), request.content().length, sha, request.acceptValidRows(),
                parsed.size(), request.username()));
        versions.log(id, "Received %s (%d bytes, SHA-256 %s) from source '%s', uploaded by %s; kind %s%s."
                .formatted(request.fileName(), request.content().length, sha, request.source(), request.username(), kind.code(),
                        request.acceptValidRows() ? "; import only the good rows" : "; all or nothing"));
        if (kind.referenceDateColumn() != null && request.referenceDate() != null) {
            versions.referenceDate(id, request.referenceDate());
            versions.log(id, "The file describes " + request.referenceDate() + " (rows without " + kind.referenceDateColumn() + " take it).");
        }
        if (parsed.unreadable() != null) {
            RowProblem unreadable = parsed.unreadable();
            return finish(id, ImportStatus.FAILED, 0, 0, new OutcomeText(unreadable.problem(), unreadable.code(), unreadable.args()),
                    List.of(unreadable), null);
        }
        if (parsed.size() > maxRows) {
            return finish(id, ImportStatus.FAILED, 0, 0, OutcomeText.of("catalog.message.tooManyRows", parsed.size(), maxRows),
                    List.of(), null);
        }
        Optional<ImportJob> same = versions.acceptedWithSameContent(sha, kind.code()).flatMap(versions::find);
        if (same.isPresent()) {
            return finish(id, ImportStatus.DUPLICATE, 0, 0,
                    OutcomeText.of("catalog.message.duplicate", same.get().dataset(), same.get().number()), List.of(), same.get().id());
        }
        try {
            runner.execute(() -> run(id, kind, parsed, request));
        } catch (TaskRejectedException e) {
            return finish(id, ImportStatus.FAILED, 0, 0, OutcomeText.of("catalog.message.queueFull"), List.of(), null);
        }
        return versions.find(id).orElseThrow();
    }

    private record Chosen(ImportKind kind, Parsed parsed) {
    }

    /** The kind the user named; else the kind that reads the file as its special format; else the one its header matches. */
    private Chosen choose(ImportRequest request) {
        if (request.kind() != null && !request.kind().isBlank()) {
            ImportKind kind = kinds.get(request.kind().trim());
            if (kind == null) {
                throw new ImportRefused("Unknown import kind '" + request.kind() + "'. Known kinds: " + kinds());
            }
            return new Chosen(kind, parse(kind, request));
        }
        for (ImportKind candidate : kinds.values()) {
            List<ImportRow> special = trySpecial(candidate, request);
            if (special != null) {
                return new Chosen(candidate, new Parsed("special", null, special, null));
            }
        }
        Parsed parsed = parse(null, request);
        if (parsed.unreadable() != null) {
            throw new ImportRefused(parsed.unreadable().problem());
        }
        return new Chosen(detect(parsed.table()), parsed);
    }

    /** While guessing the kind, a kind that chokes on a file not meant for it simply does not claim it. */
    private static List<ImportRow> trySpecial(ImportKind kind, ImportRequest request) {
        try {
            return kind.parseSpecial(request.fileName(), request.content());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Parsed parse(ImportKind kind, ImportRequest request) {
        try {
            List<ImportRow> special;
            try {
                special = kind == null ? null : kind.parseSpecial(request.fileName(), request.content());
            } catch (RuntimeException e) {
                // A broken file of the named kind's own format (truncated JSON, bad XML) is the uploader's to fix, not a 500.
                return new Parsed(null, null, null, new UnreadableFile("The file cannot be read as " + kind.code() + ": " + rootReason(e),
                        "catalog.problem.unreadableAsKind", kind.code(), rootReason(e)).problem());
            }
            if (special != null) {
                return new Parsed("special", null, special, null);
            }
            RawTable table = reader.read(request.fileName(), request.content());
            return new Parsed(table.format(), table, null, null);
        } catch (UnreadableFile e) {
            return new Parsed(null, null, null, e.problem());
        }
    }

    private ImportKind detect(RawTable table) {
        ImportKind best = null;
        int bestScore = 0;
        for (ImportKind candidate : kinds.values()) {
            var positions = ColumnMatch.positions(candidate, table.headers());
            if (ColumnMatch.missingRequired(candidate, positions).isEmpty() && positions.size() > bestScore) {
                best = candidate;
                bestScore = positions.size();
            }
        }
        if (best == null) {
            throw new ImportRefused("No import kind matches the columns " + table.headers() + ". Choose the kind; known kinds: " + kinds());
        }
        return best;
    }

    private void run(long id, ImportKind kind, Parsed parsed, ImportRequest request) {
        try {
            parsed = ReferenceDates.fill(kind, parsed, request.referenceDate());
            int total = parsed.size();
            int step = Math.max(1, total / 100);
            versions.progress(id, "checking", 0);
            versions.log(id, "Checking " + total + " rows (" + parsed.format() + ").");
            RowChecker.Outcome outcome = parsed.table() != null
                    ? RowChecker.check(kind, parsed.table(), json, done -> {
                        if (done % step == 0) {
                            versions.progress(id, "checking", done);
                        }
                    })
                    : RowChecker.check(kind, asTable(kind, parsed.special()), json, done -> { });
            versions.log(id, outcome.good().size() + " rows are good, " + outcome.badRows() + " have problems.");
            if (outcome.good().isEmpty() || (outcome.badRows() > 0 && !request.acceptValidRows())) {
                OutcomeText message = outcome.badRows() > 0
                        ? OutcomeText.of("catalog.message.badRows", outcome.badRows())
                        : OutcomeText.of("catalog.message.noRows");
                finish(id, ImportStatus.FAILED, 0, outcome.badRows(), message, outcome.problems(), null);
                return;
            }
            versions.progress(id, "writing", total);
            versions.log(id, "Writing " + outcome.good().size() + " rows in one transaction.");
            transaction.executeWithoutResult(status -> {
                List<RowProblem> warnings = kind.warnings(outcome.good());
                if (!warnings.isEmpty()) {
                    versions.warnings(id, forReport(warnings));
                    versions.log(id, warnings.size() + " notes on choices made; see the report.");
                }
                kind.write(outcome.good(), id);
                OutcomeText message = texts.english(outcome.badRows() > 0
                        ? OutcomeText.of("catalog.message.importedSomeRejected", outcome.good().size(), outcome.badRows())
                        : OutcomeText.of("catalog.message.imported", outcome.good().size()));
                versions.finish(id, ImportStatus.ACCEPTED, outcome.good().size(), outcome.badRows(), message, forReport(outcome.problems()), null);
                versions.log(id, "Committed: " + message.english());
                var job = versions.find(id).orElseThrow();
                // Inside the transaction: module listeners run only once it has committed.
                events.publishEvent(new DatasetVersionImported(id, job.dataset(), kind.code(), outcome.good().size(), Instant.now()));
            });
            auditFinished(versions.find(id).orElseThrow());
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            finish(id, ImportStatus.FAILED, 0, 0, OutcomeText.of("catalog.message.stopped", rootReason(e)), List.of(), null);
        }
    }

    /** Rows a kind parsed itself, laid out as a table so they go through the same checks. */
    private static RawTable asTable(ImportKind kind, List<ImportRow> rows) {
        List<String> headers = kind.columns().stream().map(c -> c.name()).toList();
        List<RawRow> raw = new ArrayList<>();
        for (ImportRow row : rows) {
            raw.add(new RawRow(row.line(), headers.stream().map(h -> row.values().getOrDefault(h, "")).toList()));
        }
        return new RawTable("special", headers, raw);
    }

    private ImportJob finish(long id, ImportStatus status, int accepted, int rejected,
                             OutcomeText outcome, List<RowProblem> problems, Long sameAs) {
        OutcomeText message = texts.english(outcome);
        versions.finish(id, status, accepted, rejected, message, forReport(problems), sameAs);
        versions.log(id, status + ": " + message.english());
        ImportJob job = versions.find(id).orElseThrow();
        auditFinished(job);
        return job;
    }

    private void auditFinished(ImportJob job) {
        audit.record(new AuditEntry(job.username(), "catalog.import", "dataset_version", String.valueOf(job.id()), null,
                "%s v%d %s: %s (%s, sha256 %s, accepted %d, rejected %d)".formatted(job.dataset(), job.number(), job.status(),
                        job.fileName(), job.kind(), job.sha256(), job.rowsAccepted(), job.rowsRejected())));
    }

    private static String rootReason(Exception e) {
        return String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).lines().findFirst().orElse("");
    }

    /** The problems as the report keeps them: at most {@link #PROBLEMS_KEPT}, each with its English text. */
    private List<RowProblem> forReport(List<RowProblem> problems) {
        List<RowProblem> kept = new ArrayList<>(problems.subList(0, Math.min(problems.size(), PROBLEMS_KEPT)));
        if (problems.size() > PROBLEMS_KEPT) {
            kept.add(RowProblem.of(0, "", "catalog.problem.more", problems.size() - PROBLEMS_KEPT));
        }
        return kept.stream().map(texts::english).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
