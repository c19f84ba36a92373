package vn.tinhso.catalog;

import java.time.LocalDate;

/**
 * A file handed to the catalog. {@code kind} may be null: the catalog then picks the kind whose
 * columns the file's header matches. {@code dataset} null means the kind's default dataset.
 * With {@code acceptValidRows} the good rows are written even when other rows are bad.
 * {@code referenceDate} is the date the file describes, for kinds that ask for one
 * ({@link ImportKind#referenceDateColumn()}); null when not given.
 */
public record ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                            String username, boolean acceptValidRows, LocalDate referenceDate) {

    /** A file that names no reference date. */
    public ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                         String username, boolean acceptValidRows) {
        this(fileName, content, kind, dataset, source, username, acceptValidRows, null);
    }

    public ImportRequest {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("the file needs a name");
        }
        if (content == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("say who supplied the file (source)");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an import needs the user who asked for it");
        }
    }
}
