package vn.tinhso.platform;

import java.util.List;

/**
 * Lines a module has to tell the operator once start-up is over (the first start's admin password), printed
 * below the "ready at" line so they are the last lines of start-up and not lost among the log lines.
 */
public interface StartupNotice {

    /** The lines to print, each asked for once; empty when there is nothing to tell. */
    List<String> lines();
}
