package vn.tinhso.catalog.internal;

import java.time.Instant;
import java.util.List;

/**
 * One line of a job's log as a message code and its arguments, and, for lines that report an outcome, the outcome's
 * code and arguments: pages say it in the reader's language, the English text is kept in the log column for the API.
 */
public record LogEntry(Instant at, String code, List<String> args, String outcomeCode, List<String> outcomeArgs) {

    public LogEntry {
        args = args == null ? List.of() : List.copyOf(args);
        outcomeArgs = outcomeArgs == null ? List.of() : List.copyOf(outcomeArgs);
    }
}
