package vn.tinhso.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import vn.tinhso.catalog.ImportChanges;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportTemplate;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRefused;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;

/**
 * Receives a file, records the attempt as a dataset version, checks every row, and writes the
 * accepted rows of a version in one transaction: a crash or an exception leaves nothing behind.
 */
@Service
class ImportService implements Imports {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int PROBLEMS_KEPT = 1000;
    private static final String PREVIEW = ImportRequest.PREVIEW;

    private final Map<String, ImportKind> kinds;
    private final TableReader reader;
    private final DatasetVersions versions;
    private final ProblemLog problemLog;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final EnglishTexts texts;
    private static final long BATCH_CHARS = 32L << 20;
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final long maxRows;
    private final int extraColumns;
    private final int maxRecordChars;
    private final int maxCellChars;
    private final int batchRows;

    ImportService(List<ImportKind> kinds, TableReader reader, DatasetVersions versions, TransactionTemplate transaction,
                  @Qualifier("importExecutor") TaskExecutor executor, AuditLog audit, ApplicationEventPublisher events,
                  JsonMapper json, EnglishTexts texts, ProblemLog problemLog, @Value("${tinhso.import.max-rows:0}") long maxRows,
                  @Value("${tinhso.import.extra-columns:50}") int extraColumns,
                  @Value("${tinhso.import.max-line-chars:4000000}") int maxRecordChars,
                  @Value("${tinhso.import.max-cell-chars:2000000}") int maxCellChars,
                  @Value("${tinhso.import.batch-rows:50000}") int batchRows) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::code, Function.identity()));
        this.reader = reader;
        this.versions = versions;
        this.problemLog = problemLog;
        this.transaction = transaction;
        this.executor = executor;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.texts = texts;
        this.maxRows = maxRows;
        this.extraColumns = extraColumns;
        this.maxRecordChars = maxRecordChars;
        this.maxCellChars = maxCellChars;
        this.batchRows = batchRows;
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
    public Optional<ImportTemplate> template(String kind) {
        return Optional.ofNullable(kinds.get(kind)).map(k -> new ImportTemplate(k.code(), k.columns(), k.exampleRow(), k.validCodes()));
    }

    @Override
    public Optional<List<ColumnSpec>> columns(String kind) {
        return Optional.ofNullable(kinds.get(kind)).map(ImportKind::columns);
    }

    private ImportJob start(ImportRequest request, Executor runner) {
        Path file = spool(request);
        boolean handedOver = false;
        try {
            Chosen chosen = choose(request, file);
            ImportKind kind = chosen.kind();
            RowSource source = chosen.source();
            Set<String> kindOptions = kindOptions(request);
            if (!kindOptions.stream().allMatch(o -> offers(kind, o))) {
                throw new ImportRefused("Kind " + kind.code() + " has no option " + kindOptions.stream().filter(o -> !offers(kind, o)).sorted().toList()
                        + (kind.options().isEmpty() ? "; it has none." : "; its options: " + kind.options().stream().sorted().toList()));
            }
            String sha = sha256(file);
            long size = Files.size(file);
            String datasetName = request.dataset() == null || request.dataset().isBlank() ? kind.defaultDataset() : request.dataset().trim();
            long datasetId = versions.datasetId(datasetName, kind.code());
            long id = transaction.execute(status -> versions.create(datasetId, kind.code(), request.source().trim(),
                    request.fileName(), chosen.format(), size, sha, request.acceptValidRows(), 0, request.username()));
            versions.log(id, line(request.acceptValidRows() ? "catalog.log.receivedGoodRows" : "catalog.log.received",
                    request.fileName(), size, sha, request.source(), request.username(), kind.code()));
            if (!request.options().isEmpty())
                versions.log(id, line("catalog.log.options", request.options().stream().sorted().toList()));
            if (kind.referenceDateColumn() != null && request.referenceDate() != null) {
                versions.referenceDate(id, request.referenceDate());
                versions.log(id, line("catalog.log.referenceDate", request.referenceDate(), kind.referenceDateColumn()));
            }
            if (chosen.unreadable() != null) {
                RowProblem unreadable = chosen.unreadable();
                return finish(id, ImportStatus.FAILED, 0, 0, 0,
                        new OutcomeText(unreadable.problem(), unreadable.code(), unreadable.args()), List.of(unreadable), null);
            }
            Optional<ImportJob> same = versions.acceptedWithSameContent(sha, kind.code()).flatMap(versions::find);
            if (same.isPresent()) {
                return finish(id, ImportStatus.DUPLICATE, 0, 0, 0,
                        OutcomeText.of("catalog.message.duplicate", same.get().dataset(), same.get().number()), List.of(), same.get().id());
            }
            try {
                runner.execute(() -> {
                    try {
                        run(id, kind, source, request);
                    } finally {
                        delete(file);
                    }
                });
                handedOver = true;
            } catch (TaskRejectedException e) {
                return finish(id, ImportStatus.FAILED, 0, 0, 0, OutcomeText.of("catalog.message.queueFull"), List.of(), null);
            }
            return versions.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!handedOver) {
                delete(file);
            }
        }
    }

    /** The request's file on disk: an upload already is; content given in memory is written to a temporary file. */
    private static Path spool(ImportRequest request) {
        if (request.file() != null) {
            return request.file();
        }
        try {
            Path file = Files.createTempFile("tinhso-import-", ".upload");
            Files.write(file, request.content());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the spooled import file {}", file, e);
        }
    }

    /** The kind and how to read the file, or why the file cannot be read at all. */
    private record Chosen(ImportKind kind, RowSource source, RowProblem unreadable) {

        String format() {
            if (source == null) {
                return null;
            }
            try {
                return source.format();
            } catch (UnreadableFile e) {
                return null;
            }
        }
    }

    /** The kind the user named; else the kind that reads the file as its special format; else the one its header matches. */
    private Chosen choose(ImportRequest request, Path file) {
        if (request.kind() != null && !request.kind().isBlank()) {
            ImportKind kind = kinds.get(request.kind().trim());
            if (kind == null) {
                throw new ImportRefused("Unknown import kind '" + request.kind() + "'. Known kinds: " + kinds());
            }
            return open(kind, request, file);
        }
        for (ImportKind candidate : kinds.values()) {
            RowSource special = trySpecial(candidate, request, file);
            if (special != null) {
                return new Chosen(candidate, special, null);
            }
        }
        RowSource source;
        try {
            source = reader.open(request.fileName(), file, limits(null));
            source.headers();
        } catch (UnreadableFile e) {
            throw new ImportRefused(e.getMessage());
        }
        return new Chosen(detect(source.headers()), source, null);
    }

    /** While guessing the kind, a kind that chokes on a file not meant for it simply does not claim it. */
    private static RowSource trySpecial(ImportKind kind, ImportRequest request, Path file) {
        try {
            return SpecialSource.of(kind, request.fileName(), file, request);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Opens the file for the named kind and reads its header. A file past the column or line limits is refused
     * outright (422) so a hostile upload never starts a job; any other unreadable file becomes a failed version.
     */
    private Chosen open(ImportKind kind, ImportRequest request, Path file) {
        try {
            RowSource special;
            try {
                special = SpecialSource.of(kind, request.fileName(), file, request);
            } catch (RuntimeException e) {
                // A broken file of the named kind's own format (truncated JSON, bad XML) is the uploader's to fix, not a 500.
                return new Chosen(kind, null, new UnreadableFile("The file cannot be read as " + kind.code() + ": " + rootReason(e),
                        "catalog.problem.unreadableAsKind", kind.code(), rootReason(e)).problem());
            }
            if (special != null) {
                return new Chosen(kind, special, null);
            }
            RowSource source = reader.open(request.fileName(), file, limits(kind));
            source.headers();
            return new Chosen(kind, source, null);
        } catch (UnreadableFile e) {
            if (e.exceedsLimit()) {
                throw new ImportRefused(e.getMessage());
            }
            return new Chosen(kind, null, e.problem());
        }
    }

    /** The limits for a file of {@code kind}; with no kind yet, the widest kind's. */
    private ImportLimits limits(ImportKind kind) {
        int columns = kind != null ? kind.columns().size()
                : kinds.values().stream().mapToInt(k -> k.columns().size()).max().orElse(0);
        return new ImportLimits(columns + extraColumns, maxRecordChars, maxCellChars, maxRows);
    }

    private ImportKind detect(List<String> headers) {
        ImportKind best = null;
        int bestScore = 0;
        for (ImportKind candidate : kinds.values()) {
            var positions = ColumnMatch.positions(candidate, headers);
            if (ColumnMatch.missingRequired(candidate, positions).isEmpty() && positions.size() > bestScore) {
                best = candidate;
                bestScore = positions.size();
            }
        }
        if (best == null) {
            throw new ImportRefused("No import kind matches the columns " + headers + ". Choose the kind; known kinds: " + kinds());
        }
        return best;
    }

    /** Whether the kind offers the option: {@code idScheme=uid} is offered as {@code idScheme=}. */
    private static boolean offers(ImportKind kind, String option) {
        int eq = option.indexOf('=');
        return kind.options().contains(eq < 0 ? option : option.substring(0, eq + 1));
    }

    /** The options the kind reads: {@link #PREVIEW} is the catalog's own. */
    private static Set<String> kindOptions(ImportRequest request) {
        if (!request.options().contains(PREVIEW)) return request.options();
        Set<String> rest = new java.util.HashSet<>(request.options());
        rest.remove(PREVIEW);
        return Set.copyOf(rest);
    }

    /** What the job says at the end: with the kind's count of changes, a re-import that changed nothing says so. */
    private static OutcomeText outcome(Report report, ImportChanges changed) {
        if (changed != null && changed.nothingChanged())
            return OutcomeText.of("catalog.message.nothingChanged", report.good, changed.unchanged());
        if (changed != null)
            return report.bad > 0
                    ? OutcomeText.of("catalog.message.changedSomeRejected", report.good, changed.added(), changed.changed(), changed.unchanged(), report.bad)
                    : OutcomeText.of("catalog.message.changed", report.good, changed.added(), changed.changed(), changed.unchanged());
        return report.bad > 0
                ? OutcomeText.of("catalog.message.importedSomeRejected", report.good, report.bad)
                : OutcomeText.of("catalog.message.imported", report.good);
    }

    /** The row limit was reached: the rest of the file is not read. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /**
     * Streams the file through the checks and writes good rows in batches, all in one transaction that commits
     * at the end: with bad rows and "all or nothing" it rolls back, so a version is kept whole or not at all.
     * Memory holds one batch, the first problems and the unique keys' hashes, whatever the file's size.
     */
    private void run(long id, ImportKind kind, RowSource source, ImportRequest request) {
        ProblemLog.Writer allProblems = problemLog.writer(id, texts::english);
        Report report = new Report(allProblems);
        ImportChanges[] preview = {null};
        boolean[] previewCounted = {false};
        try {
            versions.progress(id, "checking", 0, 0);
            versions.log(id, line("catalog.log.checking", source.format(), batchRows));
            Boolean committed = transaction.execute(status -> {
                RowChecker checker = new RowChecker(kind, source.headers(), json, request.referenceDate());
                List<RowProblem> missing = checker.missingColumns();
                if (!missing.isEmpty()) {
                    missing.forEach(report::problem);
                    report.bad = 1;
                    status.setRollbackOnly();
                    return false;
                }
                Map<String, RowProblem> warnings = new LinkedHashMap<>();
                ImportChanges[] changes = {ImportChanges.none()};
                boolean[] counted = {true};
                Consumer<List<ImportRow>> write = rows -> {
                    for (RowProblem warning : kind.warnings(rows)) {
                        // Problems named by code carry no English text until the report is written: the code and arguments say what it is.
                        String key = warning.code() == null ? warning.problem() : warning.code() + warning.args();
                        if (warnings.size() < PROBLEMS_KEPT) warnings.putIfAbsent(key, warning);
                    }
                    ImportChanges batchChanges = kind.writeCounting(rows, id, kindOptions(request));
                    if (batchChanges == null) counted[0] = false;
                    else changes[0] = changes[0].plus(batchChanges);
                    report.written += rows.size();
                };
                List<ImportRow> rest = kind.checksIndependentOfWrites()
                        ? BatchPipeline.readWhileWriting("import-" + id + "-reader", full -> read(id, source, checker, report, request, full), write)
                        : read(id, source, checker, report, request, write);
                checker.duplicates(source, report::problem);
                if (report.good == 0 || (report.bad > 0 && !request.acceptValidRows())) {
                    status.setRollbackOnly();
                    return false;
                }
                if (!rest.isEmpty()) write.accept(rest);
                if (!warnings.isEmpty()) {
                    versions.warnings(id, forReport(List.copyOf(warnings.values())));
                    versions.logWithin(id, line("catalog.log.notes", warnings.size()));
                }
                ImportChanges changed = counted[0] ? changes[0] : null;
                if (changed != null) {
                    versions.changes(id, changed);
                    versions.logWithin(id, line("catalog.log.changes", changed.added(), changed.changed(), changed.unchanged()));
                }
                if (request.options().contains(PREVIEW)) {
                    // Everything was checked and written as for real; the rollback keeps none of it.
                    preview[0] = changed == null ? ImportChanges.none() : changed;
                    previewCounted[0] = changed != null;
                    status.setRollbackOnly();
                    return false;
                }
                OutcomeText message = texts.english(outcome(report, changed));
                versions.logWithin(id, line("catalog.log.rowsRead", report.read, report.good, report.bad));
                versions.finish(id, ImportStatus.ACCEPTED, report.read, (int) report.good, (int) report.bad, message,
                        forReport(report), null);
                versions.logWithin(id, line("catalog.log.committed"), message);
                var job = versions.find(id).orElseThrow();
                // Inside the transaction: module listeners run only once it has committed.
                events.publishEvent(new DatasetVersionImported(id, job.dataset(), kind.code(), (int) report.good, Instant.now()));
                return true;
            });
            if (Boolean.TRUE.equals(committed)) {
                auditFinished(versions.find(id).orElseThrow());
                return;
            }
            if (preview[0] != null) {
                ImportChanges seen = preview[0];
                if (previewCounted[0]) versions.changes(id, seen);
                finish(id, ImportStatus.PREVIEWED, report.read, (int) report.good, (int) report.bad, previewCounted[0]
                        ? OutcomeText.of("catalog.message.previewed", report.good, seen.added(), seen.changed(), seen.unchanged())
                        : OutcomeText.of("catalog.message.previewedUncounted", report.good), forReport(report), null);
                return;
            }
            versions.log(id, line("catalog.log.rowsRead", report.read, report.good, report.bad));
            OutcomeText message = report.bad > 0
                    ? OutcomeText.of("catalog.message.badRows", report.bad)
                    : OutcomeText.of("catalog.message.noRows");
            finish(id, ImportStatus.FAILED, report.read, 0, (int) report.bad, message, forReport(report), null);
        } catch (TooManyRows e) {
            finish(id, ImportStatus.FAILED, report.read, 0, 0, OutcomeText.of("catalog.message.overRowLimit", maxRows),
                    List.of(), null);
        } catch (UnreadableFile e) {
            RowProblem unreadable = e.problem();
            finish(id, ImportStatus.FAILED, report.read, 0, 0, new OutcomeText(unreadable.problem(), unreadable.code(), unreadable.args()),
                    List.of(unreadable), null);
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            finish(id, ImportStatus.FAILED, report.read, 0, 0, OutcomeText.of("catalog.message.stopped", rootReason(e)), List.of(), null);
        } finally {
            try {
                allProblems.flush();
            } catch (RuntimeException e) {
                log.warn("Import {}: could not keep the full list of problems", id, e);
            }
        }
    }

    /**
     * Reads and checks every row, handing each full batch of good rows to {@code full}; returns the last, partial batch.
     * With bad rows and "all or nothing", nothing more is handed over but the file is read to the end for the report.
     */
    private List<ImportRow> read(long id, RowSource source, RowChecker checker, Report report, ImportRequest request,
                                 Consumer<List<ImportRow>> full) {
        List<ImportRow>[] batch = new List[] {new ArrayList<>()};
        long[] lastProgress = {System.nanoTime()};
        source.rows(raw -> {
            if (maxRows > 0 && report.read >= maxRows) {
                throw new TooManyRows();
            }
            report.read++;
            ImportRow row = checker.check(raw, report::problem);
            if (row == null) {
                report.bad++;
            } else {
                report.good++;
                if (request.acceptValidRows() || report.bad == 0) {
                    batch[0].add(row);
                    for (String cell : raw.values()) report.batchChars += cell.length();
                }
            }
            if (batch[0].size() >= batchRows || report.batchChars >= BATCH_CHARS) {
                full.accept(batch[0]);
                batch[0] = new ArrayList<>();
                report.batchChars = 0;
            }
            if (!request.acceptValidRows() && report.bad > 0) {
                batch[0].clear();
            }
            if (System.nanoTime() - lastProgress[0] > PROGRESS_EVERY_NANOS) {
                versions.progress(id, "checking", report.read, source.bytesRead());
                lastProgress[0] = System.nanoTime();
            }
        });
        return batch[0];
    }

    /** Counts of one run and its first problems; problems past {@link #PROBLEMS_KEPT} are only counted. */
    private static final class Report {
        long read;
        long good;
        long bad;
        long written;
        long batchChars;
        long problemsDropped;
        final List<RowProblem> problems = new ArrayList<>();
        private final ProblemLog.Writer all;

        Report() {
            this(null);
        }

        Report(ProblemLog.Writer all) {
            this.all = all;
        }

        void problem(RowProblem problem) {
            if (all != null) all.add(problem);
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(problem);
            } else {
                problemsDropped++;
            }
        }
    }

    /** A log line by its code, with its English text for the log column. */
    private OutcomeText line(String code, Object... args) {
        return texts.english(OutcomeText.of(code, args));
    }

    private ImportJob finish(long id, ImportStatus status, long rowsRead, int accepted, int rejected,
                             OutcomeText outcome, List<RowProblem> problems, Long sameAs) {
        OutcomeText message = texts.english(outcome);
        versions.finish(id, status, rowsRead, accepted, rejected, message, forReport(problems), sameAs);
        versions.log(id, line("catalog.status." + status), message);
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

    /** The problems as the report keeps them, in file order: at most {@link #PROBLEMS_KEPT}, each with its English text. */
    private List<RowProblem> forReport(List<RowProblem> problems) {
        Report report = new Report();
        problems.forEach(report::problem);
        return forReport(report);
    }

    private List<RowProblem> forReport(Report report) {
        List<RowProblem> kept = new ArrayList<>(report.problems);
        kept.sort(Comparator.comparingInt(RowProblem::line));
        long more = report.problemsDropped;
        if (kept.size() > PROBLEMS_KEPT) {
            more += kept.size() - PROBLEMS_KEPT;
            kept = new ArrayList<>(kept.subList(0, PROBLEMS_KEPT));
        }
        if (more > 0) {
            kept.add(RowProblem.of(0, "", "catalog.problem.more", more));
        }
        return kept.stream().map(texts::english).toList();
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
