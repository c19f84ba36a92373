package vn.tinhso.platform;

import java.io.PrintStream;

/** A command an operator runs from the shell; modules contribute them as beans. */
public interface AdminCommand {

    /** The words that name it on the command line, e.g. {@code audit verify}. */
    String name();

    /** Runs it and returns the process exit code. */
    int run(PrintStream out);
}
