package vn.tinhso.workforce.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tinhso.workforce.Programme;
import vn.tinhso.workforce.Training;

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

    @GetMapping("/api/workforce/programmes")
    @ResponseBody
    List<Programme> programmes() {
        return training.programmes();
    }

    @GetMapping("/api/workforce/courses")
    @ResponseBody
    Map<String, Object> courses() {
        return Map.of("courses", training.courses());
    }
}
