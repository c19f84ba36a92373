package vn.tinhso.catalog;

import java.time.Duration;
import java.time.Instant;

/** Waits for a background import job in tests. */
public final class ImportJobs {

    private ImportJobs() {
    }

    public static ImportJob awaitFinished(Imports imports, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportJob job = imports.job(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish in 60 s");
    }
}
