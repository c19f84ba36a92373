package vn.tinhso.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tinhso.platform.internal.Readiness;

/** Tells every page whether start-up (the demo's generation, for one) is still running, so a page can say so. */
@ControllerAdvice(annotations = Controller.class)
class StartingAdvice {

    private final Readiness readiness;

    StartingAdvice(Readiness readiness) {
        this.readiness = readiness;
    }

    @ModelAttribute("starting")
    boolean starting() {
        return !readiness.ready();
    }
}
