package vn.tinhso.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A kind of file a module accepts through the catalog's import jobs (villages, data values,
 * training enrolments …). The module owns the rows; the catalog owns the file, the job, the
 * validation report and the provenance. Modules publish their kinds as Spring beans.
 */
public interface ImportKind {

    /** Stable identifier, e.g. {@code territory.villages}. */
    String code();

    /** The dataset an upload of this kind adds a version to, unless the user names another. */
    String defaultDataset();

    List<ColumnSpec> columns();

    /** Columns whose values together must be unique inside one file (empty: no check). */
    default List<String> uniqueKey() {
        return List.of();
    }

    /**
     * Checks one row beyond its column types: codes that must exist, duplicates against data
     * already stored. Reports each problem to {@code problems}; writes nothing.
     */
    void check(ImportRow row, Consumer<RowProblem> problems);

    /**
     * Reads a format the catalog does not know generically (ADX XML, DHIS2 dataValueSets JSON…) as a lazy stream
     * of rows, each with the physical line of the file it starts on; the catalog closes the stream and may read
     * the file twice. Return null when the file is not of this special format; the catalog then reads it as CSV,
     * XLSX, JSON or GeoJSON. A broken file throws while the stream is read.
     */
    default Stream<ImportRow> parseSpecial(String fileName, Path file) {
        return null;
    }

    /**
     * As {@link #parseSpecial(String, Path)}, knowing the request: its source (whose codes the file may use) and its
     * options. Kinds that translate another system's codes override this one.
     */
    default Stream<ImportRow> parseSpecial(String fileName, Path file, ImportRequest request) {
        return parseSpecial(fileName, file);
    }

    /**
     * The column a row leaves blank when the file describes one date for all its rows (a village list "as of"):
     * the catalog asks the uploader for that date and fills it in. Null: the kind asks for no date.
     */
    default String referenceDateColumn() {
        return null;
    }

    /**
     * Whether {@link #check} reads nothing that this kind's {@link #write} of the same import writes: the catalog may
     * then check the next rows on another thread while a batch is written. False by default (a kind whose rows refer
     * to rows earlier in the same file must see them written).
     */
    default boolean checksIndependentOfWrites() {
        return false;
    }

    /**
     * Notes for the report on choices the kind makes for accepted rows (which unit a row was placed under),
     * asked in the import's transaction just before each {@link #write} of a batch. Nothing is refused because of them.
     */
    default List<RowProblem> warnings(List<ImportRow> rows) {
        return List.of();
    }

    /**
     * Writes accepted rows, all in the import's transaction: when this throws, nothing of the version
     * is kept. A large file comes in several calls, successive batches of the same version in the same
     * transaction. Each written row must record {@code datasetVersionId} as its provenance.
     */
    void write(List<ImportRow> rows, long datasetVersionId);

    /**
     * Choices a user may make for this kind when importing (form checkboxes, API {@code options}); none by default.
     * An option ending in {@code =} takes a value ({@code idScheme=uid}): it is given through the API, not as a checkbox.
     */
    default Set<String> options() {
        return Set.of();
    }

    /** Writes with the options the user chose, all of them among {@link #options()}. */
    default void write(List<ImportRow> rows, long datasetVersionId, Set<String> options) {
        write(rows, datasetVersionId);
    }

    /**
     * Writes a batch as {@link #write(List, long, Set)} does and says what it changed: new, replaced and unchanged
     * records, so the report can say that a re-import changed nothing. Kinds that cannot tell return {@code null}.
     */
    default ImportChanges writeCounting(List<ImportRow> rows, long datasetVersionId, Set<String> options) {
        write(rows, datasetVersionId, options);
        return null;
    }

    /**
     * Where the data an accepted version brought can be seen (a page of the owning module, e.g. its values filtered
     * to the version), for the job and version pages to link to; null when the kind has no such page.
     */
    default String dataLink(long datasetVersionId) {
        return null;
    }

    /** A row that would pass the checks, by column name, for the template's first data row. */
    default java.util.Map<String, String> exampleRow() {
        return java.util.Map.of();
    }

    /** The codes a column accepts (column → "code — name" lines), listed on the template's codes sheet. */
    default java.util.Map<String, List<String>> validCodes() {
        return java.util.Map.of();
    }
}
