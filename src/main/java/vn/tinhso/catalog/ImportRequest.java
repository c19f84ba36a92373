package vn.tinhso.catalog;

import java.nio.file.Path;

/**
 * A file handed to the catalog. {@code kind} may be null: the catalog then picks the kind whose
 * columns the file's header matches. {@code dataset} null means the kind's default dataset.
 * With {@code acceptValidRows} the good rows are written even when other rows are bad.
 * The file is either {@code content} in memory or {@code file}, a spooled upload the catalog takes over and
 * deletes once the job is done.
 */
public record ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                            String username, boolean acceptValidRows, Path file) {

    public ImportRequest {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("the file needs a name");
        }
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

    public ImportRequest(String fileName, byte[] content, String kind, String dataset, String source, String username,
                         boolean acceptValidRows) {
        this(fileName, content, kind, dataset, source, username, acceptValidRows, null);
    }

    /** A file spooled to disk (an upload), which the catalog deletes once the job is done. */
    public static ImportRequest ofFile(String fileName, Path file, String kind, String dataset, String source, String username,
                                       boolean acceptValidRows) {
        return new ImportRequest(fileName, null, kind, dataset, source, username, acceptValidRows, file);
    }
}
