package vn.tinhso.workforce.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.DatasetVersionImported;
import vn.tinhso.workforce.Training;

/**
 * Once a trainee list's import has committed, recounts the enrolments into indicator values. The count is
 * taken from all enrolments each time, so a retried or repeated event gives the same figures, never double ones.
 */
@Component
class EnrolmentFigures {

    private final Training training;

    EnrolmentFigures(Training training) {
        this.training = training;
    }

    @ApplicationModuleListener
    void on(DatasetVersionImported event) {
        if (EnrolmentsImportKind.CODE.equals(event.kind())) {
            training.publishFigures();
        }
    }
}
