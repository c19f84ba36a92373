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
