package vn.tinhso.workforce.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tinhso.workforce.Training;

/** The programmes with their progress against targets, and the courses with their counts. */
@Controller
class WorkforceController {

    private final Training training;

    WorkforceController(Training training) {
        this.training = training;
    }

    @GetMapping("/workforce")
    String page(Model model) {
        model.addAttribute("programmes", training.programmes());
        model.addAttribute("courses", training.courses());
        return "workforce/home";
    }
}
