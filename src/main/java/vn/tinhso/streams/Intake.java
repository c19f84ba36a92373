package vn.tinhso.streams;

import java.util.List;
import java.util.Optional;

/** Parses lines of text from one source and appends them to the event log, keeping the lines it cannot parse aside. */
public interface Intake {

    /** Parses and stores the lines in one transaction; returns after commit. */
    IntakeResult accept(String source, LogFormat format, ParseOptions options, List<String> lines);

    /** Why no parser understands the line in that format, or empty when one does; nothing is stored. */
    Optional<String> problem(String line, LogFormat format, ParseOptions options);

    record IntakeResult(int accepted, List<Rejected> rejected, long firstSequence, long lastSequence) {
    }

    record Rejected(int line, String reason) {
    }
}
