package vn.tinhso.catalog;

import java.util.Set;

/**
 * A file handed to the catalog. {@code kind} may be null: the catalog then picks the kind whose
 * columns the file's header matches. {@code dataset} null means the kind's default dataset.
 * With {@code acceptValidRows} the good rows are written even when other rows are bad. {@code options}
 * are choices the kind offers ({@link ImportKind#options()}), e.g. {@code replaceOtherLevel}.
 */
public record ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                            String username, boolean acceptValidRows, Set<String> options) {

    public ImportRequest(String fileName, byte[] content, String kind, String dataset, String source,
                         String username, boolean acceptValidRows) {
        this(fileName, content, kind, dataset, source, username, acceptValidRows, Set.of());
    }

    public ImportRequest {
        options = options == null ? Set.of() : Set.copyOf(options);
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
