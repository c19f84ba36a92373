package vn.tinhso.platform.internal;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.StartupNotice;

/**
 * Marks start-up as over once every runner (the module start-up steps, the demo province) has finished, prints where
 * TinhSo answers and then the modules' notices, so the first start's password is the last thing on the console.
 */
@Component
class ReadyBanner implements Readiness {

    private final List<StartupNotice> notices;
    private volatile boolean ready;

    ReadyBanner(List<StartupNotice> notices) {
        this.notices = notices;
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        announce(event.getApplicationContext().getEnvironment().getProperty("local.server.port"), System.out);
    }

    void announce(String port, PrintStream out) {
        ready = true;
        // Without a web server (a command-line command) there is no address to tell.
        if (port != null) {
            out.println();
            out.println("TinhSo ready at http://localhost:" + port);
        }
        for (StartupNotice notice : notices) notice.lines().forEach(out::println);
        out.flush();
    }

    /** For tests of the pages shown while start-up runs. */
    void starting(boolean starting) {
        ready = !starting;
    }
}
