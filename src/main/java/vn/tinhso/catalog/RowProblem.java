package vn.tinhso.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * Why one row cannot be imported: its line in the file, the column, and what is wrong in words a user can act on.
 * {@code problem} is the English text the API and stored reports keep; {@code code} and {@code args}, when present,
 * name the message in the emitting module's bundle, so pages show the reason in the reader's language.
 */
public record RowProblem(int line, String column, String problem, String code, List<String> args) {

    public RowProblem {
        // Reports stored before problems had codes carry neither code nor args.
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A problem with English text only, as every problem was before they had codes. */
    public RowProblem(int line, String column, String problem) {
        this(line, column, problem, null, List.of());
    }

    /**
     * A problem named by its message code; the catalog fills in the English {@code problem} from the English bundle
     * before it stores the report. Arguments are kept as text so a stored report reads back exactly as written.
     */
    public static RowProblem of(int line, String column, String code, Object... args) {
        return new RowProblem(line, column, null, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Same problem with the given English text, e.g. resolved from the bundle. */
    public RowProblem withProblem(String english) {
        return new RowProblem(line, column, english, code, args);
    }
}
