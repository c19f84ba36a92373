package vn.tinhso.infrastructure.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.DatasetVersionImported;

/**
 * Once a file that changes the model's inputs (cells, fibre, broadband or the villages) has committed, recomputes the
 * coverage and republishes the figures. Idempotent: the figures are recomputed from everything stored, so imports that
 * commit while a recomputation runs are served by one more run, not one each: a run per import held a connection
 * each while it waited its turn, and a burst of imports emptied the pool.
 */
@Component
class CoverageRecompute {

    private static final Logger log = LoggerFactory.getLogger(CoverageRecompute.class);

    private final CoverageService coverage;
    private final CommuneLocator communes;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "coverage-recompute");
        t.setDaemon(true);
        return t;
    });

    CoverageRecompute(CoverageService coverage, CommuneLocator communes) {
        this.coverage = coverage;
        this.communes = communes;
    }

    @ApplicationModuleListener
    void on(DatasetVersionImported event) {
        if (event.kind().startsWith("infrastructure.") || event.kind().equals("territory.villages")) {
            if (event.kind().equals("territory.villages")) communes.forget();
            request();
        }
    }

    /** Runs a recomputation after the current one, unless one is already waiting (it will see the same data). */
    void request() {
        if (!queued.compareAndSet(false, true)) return;
        worker.execute(() -> {
            queued.set(false);
            try {
                coverage.publish();
            } catch (RuntimeException e) {
                log.warn("Could not recompute the infrastructure figures; the next import will try again", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
