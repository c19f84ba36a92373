package vn.tinhso.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportChanges;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * A log file (syslog 5424/3164, CEF, LEEF, JSON lines, auth.log, combined access log; detected per line or chosen
 * with the option {@code format=}, {@code year=} and {@code tz=} for stamps that carry neither) through the catalog's
 * import jobs: each line is a row, a line no parser understands is a problem of the report with its line number, the
 * others are appended to the event log in the import's transaction, where the detector reads them after the commit.
 * Only claimed when the kind is named: any text file would otherwise look like a log.
 */
@Component
class LogFileImportKind implements ImportKind {

    static final String CODE = "security.log-file";
    static final String FORMAT = "format=";
    static final String YEAR = "year=";
    static final String ZONE = "tz=";
    private static final int EXCERPT = 120;

    private final Intake intake;
    private final String defaultZone;

    LogFileImportKind(Intake intake, @Value("${tinhso.time-zone:Asia/Ho_Chi_Minh}") String defaultZone) {
        this.intake = intake;
        this.defaultZone = defaultZone;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "security.log-files";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(ColumnSpec.required("line", ColumnType.TEXT).withMaxLength(1 << 20),
                ColumnSpec.optional("unparseable", ColumnType.TEXT).withMaxLength(2_000));
    }

    @Override
    public Set<String> options() {
        return Set.of(FORMAT, YEAR, ZONE);
    }

    @Override
    public Stream<ImportRow> parseSpecial(String fileName, Path file, ImportRequest request) {
        if (request == null || !CODE.equals(request.kind() == null ? null : request.kind().trim())) {
            return null;
        }
        LogFormat format = format(request.options());
        ParseOptions options = parseOptions(request.options());
        BufferedReader in;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] number = {0};
        return in.lines().map(text -> {
                    int line = ++number[0];
                    if (text.isBlank()) {
                        return null;
                    }
                    Map<String, String> values = new HashMap<>();
                    values.put("line", text);
                    intake.problem(text, format, options).ifPresent(why -> values.put("unparseable", why));
                    return new ImportRow(line, values);
                }).filter(java.util.Objects::nonNull)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String why = row.text("unparseable");
        if (why != null) {
            String text = row.values().get("line");
            problems.accept(RowProblem.of(row.line(), "line", "security.logfile.problem.unparseable", why,
                    text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text));
        }
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        writeCounting(rows, datasetVersionId, Set.of());
    }

    @Override
    public ImportChanges writeCounting(List<ImportRow> rows, long datasetVersionId, Set<String> options) {
        List<String> lines = rows.stream().map(r -> r.values().get("line")).toList();
        Intake.IntakeResult stored = intake.accept(source(datasetVersionId), format(options), parseOptions(options), lines);
        return new ImportChanges(stored.accepted(), 0, 0, List.of());
    }

    /** The event log's source for a version's events, so they can be told apart from live ones. */
    static String source(long datasetVersionId) {
        return "import:" + datasetVersionId;
    }

    private static LogFormat format(Set<String> options) {
        String name = value(options, FORMAT);
        return name == null ? LogFormat.AUTO : LogFormat.of(name);
    }

    private ParseOptions parseOptions(Set<String> options) {
        String year = value(options, YEAR);
        String zone = value(options, ZONE);
        return new ParseOptions(year == null ? null : Integer.valueOf(year), ZoneId.of(zone == null ? defaultZone : zone),
                Clock.systemUTC());
    }

    private static String value(Set<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()).trim())
                .filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }
}
