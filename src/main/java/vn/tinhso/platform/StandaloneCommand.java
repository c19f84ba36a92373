package vn.tinhso.platform;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * A command that works on files alone ({@code sigma check}, {@code cameras parse}): it starts neither the database nor
 * the application, so it answers at once and runs where the platform is not installed. Found on the class path by
 * {@link CommandLine}; an implementation needs a constructor without arguments.
 */
public interface StandaloneCommand {

    /** The words that name it, e.g. {@code cameras parse}. */
    String name();

    /** One line for the list of commands. */
    String usage();

    /**
     * @param args the words after the name, options included ({@code --content-type multipart/…})
     * @return the exit code: 0 done, 1 done with rejected input, 2 could not run
     */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
