package vn.tinhso.infrastructure.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.DatasetVersionImported;

/**
 * Once a file that changes the model's inputs (cells, fibre, broadband or the villages) has committed, recomputes the
 * coverage and republishes the figures. Idempotent: the figures are recomputed from everything stored.
 */
@Component
class CoverageRecompute {

    private final CoverageService coverage;
    private final CommuneLocator communes;

    CoverageRecompute(CoverageService coverage, CommuneLocator communes) {
        this.coverage = coverage;
        this.communes = communes;
    }

    @ApplicationModuleListener
    void on(DatasetVersionImported event) {
        if (event.kind().startsWith("infrastructure.") || event.kind().equals("territory.villages")) {
            if (event.kind().equals("territory.villages")) communes.forget();
            coverage.publish();
        }
    }
}
