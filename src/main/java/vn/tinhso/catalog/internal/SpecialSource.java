package vn.tinhso.catalog.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.internal.RawTable.RawRow;

/** Rows a kind reads itself from its own format (ADX, DHIS2 JSON), laid out in the kind's columns for the same checks. */
final class SpecialSource implements RowSource {

    private final ImportKind kind;
    private final String fileName;
    private final Path file;
    private final ImportRequest request;
    private final List<String> headers;

    private SpecialSource(ImportKind kind, String fileName, Path file, ImportRequest request) {
        this.kind = kind;
        this.fileName = fileName;
        this.file = file;
        this.request = request;
        this.headers = kind.columns().stream().map(ColumnSpec::name).toList();
    }

    /** The kind's reading of the file, or null when the file is not of the kind's special format. */
    static SpecialSource of(ImportKind kind, String fileName, Path file, ImportRequest request) {
        try (Stream<ImportRow> rows = kind.parseSpecial(fileName, file, request)) {
            return rows == null ? null : new SpecialSource(kind, fileName, file, request);
        }
    }

    @Override
    public String format() {
        return "special";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void rows(Consumer<RawRow> each) {
        try (Stream<ImportRow> rows = kind.parseSpecial(fileName, file, request)) {
            rows.forEach(row -> each.accept(new RawRow(row.line(),
                    headers.stream().map(h -> row.values().getOrDefault(h, "")).map(v -> v == null ? "" : v).toList())));
        }
    }

    @Override
    public long bytesRead() {
        return 0;
    }
}
