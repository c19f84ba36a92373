package vn.tinhso.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * A file handed to the catalog. {@code kind} may be null: the catalog then picks the kind whose
 * columns the file's header matches. {@code dataset} null means the kind's default dataset.
 * With {@code acceptValidRows} the good rows are written even when other rows are bad. {@code options}
 * are choices the kind offers ({@link ImportKind#options()}), e.g. {@code replaceOtherLevel}.
 * The file is either {@code content} in memory or {@code file}, a spooled upload the catalog takes over and
 * deletes once the job is done. {@code referenceDate} is the date the file describes, for kinds that ask for one
 * ({@link ImportKind#referenceDateColumn()}); null when not given.
 */
public record ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                            String username, boolean acceptValidRows, Set<String> options, Path file,
                            LocalDate referenceDate) {

    /** An option every kind takes: check the file and count what it would change, then write nothing. */
    public static final String PREVIEW = "preview";


    /** Longest file name, dataset name and source, in characters. */
    public static final int MAX_NAME_LENGTH = 255;

    public ImportRequest {
        options = options == null ? Set.of() : Set.copyOf(options);
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("the file needs a name");
        }
        checkName("file name", fileName);
        checkName("kind", kind);
        checkName("dataset", dataset);
        checkName("source", source);
        if (content == null && file == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("say who supplied the file (source)");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an import needs the user who asked for it");
        }
    }

    public ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                         String username, boolean acceptValidRows) {
        this(fileName, content, kind, dataset, source, username, acceptValidRows, Set.of(), null, null);
    }

    public ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                         String username, boolean acceptValidRows, Set<String> options) {
        this(fileName, content, kind, dataset, source, username, acceptValidRows, options, null, null);
    }

    /** A file in memory that describes {@code referenceDate}. */
    public ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                         String username, boolean acceptValidRows, LocalDate referenceDate) {
        this(fileName, content, kind, dataset, source, username, acceptValidRows, Set.of(), null, referenceDate);
    }

    /** The same request, describing {@code date}. */
    public ImportRequest describing(LocalDate date) {
        return new ImportRequest(fileName, content, kind, dataset, source, username, acceptValidRows, options, file, date);
    }

    /** A file spooled to disk (an upload), which the catalog deletes once the job is done. */
    public static ImportRequest ofFile(String fileName, Path file, String kind, String dataset, String source, String username,
                                       boolean acceptValidRows) {
        return ofFile(fileName, file, kind, dataset, source, username, acceptValidRows, Set.of());
    }

    /** As {@link #ofFile(String, Path, String, String, String, String, boolean)}, with the kind's options. */
    public static ImportRequest ofFile(String fileName, Path file, String kind, String dataset, String source, String username,
                                       boolean acceptValidRows, Set<String> options) {
        return new ImportRequest(fileName, null, kind, dataset, source, username, acceptValidRows, options, file, null);
    }

    private static void checkName(String what, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("the " + what + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the " + what + " holds a control character; remove it");
        }
    }
}
