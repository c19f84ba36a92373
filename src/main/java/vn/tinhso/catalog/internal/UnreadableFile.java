package vn.tinhso.catalog.internal;

import java.util.Arrays;
import java.util.List;

import vn.tinhso.catalog.RowProblem;

/**
 * The whole file cannot be read; the message tells the user what to do about it. {@code code} and {@code args}
 * name the same text in the catalog's bundles for pages in other languages.
 */
class UnreadableFile extends RuntimeException {

    private final String code;
    private final List<String> args;

    UnreadableFile(String english, String code, Object... args) {
        super(english);
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    /** The file went past one of the {@link ImportLimits}: refused before any job starts. */
    boolean exceedsLimit() {
        return code.equals("catalog.problem.tooManyColumns") || code.equals("catalog.problem.recordTooLong")
                || code.equals("catalog.problem.cellTooLong");
    }

    /** The report's one problem: not a row's, so line 0 and no column. */
    RowProblem problem() {
        return new RowProblem(0, "", getMessage(), code, args);
    }
}
