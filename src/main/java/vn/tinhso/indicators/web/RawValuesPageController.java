package vn.tinhso.indicators.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The raw-values page: the values behind a figure (element and period) or those a dataset version brought, each with
 * its dataset version, source, status and what the source said about it. The CSV is the API's.
 */
@Controller
class RawValuesPageController {

    private static final int SHOWN = 2000;

    private final RawValues rawValues;

    RawValuesPageController(RawValues rawValues) {
        this.rawValues = rawValues;
    }

    @GetMapping("/indicators/values")
    String page(@RequestParam(required = false) String element, @RequestParam(required = false) String pe,
                @RequestParam(required = false) Long version,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn, Model model) {
        model.addAttribute("element", element);
        model.addAttribute("pe", pe);
        model.addAttribute("version", version);
        model.addAttribute("knownOn", knownOn);
        model.addAttribute("shown", SHOWN);
        model.addAttribute("values", rawValues.find(element, pe, version, knownOn, SHOWN + 1));
        return "indicators/values";
    }
}
