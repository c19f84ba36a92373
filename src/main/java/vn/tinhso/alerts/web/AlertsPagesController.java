package vn.tinhso.alerts.web;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.streams.IntakeHealth;

/** The SOC console (open alerts by severity and by rule, what intake could not take in, the live queue) and the incident page. */
@Controller
@RequestMapping("/alerts")
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class AlertsPagesController {

    private final Alerts alerts;
    private final IntakeHealth intake;

    AlertsPagesController(Alerts alerts, IntakeHealth intake) {
        this.alerts = alerts;
        this.intake = intake;
    }

    @GetMapping
    String console(Model model) {
        SocOverview overview = SocOverview.of(alerts, intake);
        model.addAttribute("bySeverity", overview.openBySeverity());
        model.addAttribute("byRule", overview.topRules());
        model.addAttribute("alerts", overview.alerts());
        model.addAttribute("incidents", overview.incidents());
        model.addAttribute("mttd", overview.mttdSeconds());
        model.addAttribute("mttr", overview.mttrSeconds());
        model.addAttribute("udpDropped", overview.udpDropped());
        model.addAttribute("deadLetters", overview.deadLetters());
        return "alerts/console";
    }

    /** The queue alone, which the console polls so new alerts appear without a reload. */
    @GetMapping("/queue")
    String queue(Model model) {
        model.addAttribute("alerts", alerts.find(new Alerts.AlertQuery(null, null, null, null, null, 200)));
        return "alerts/console :: queue";
    }

    @PostMapping("/{id}/incident")
    String openIncident(@PathVariable long id, Principal who) {
        return "redirect:/alerts/incidents/" + alerts.openIncident(id, who.getName()).id();
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable long id, Model model) {
        model.addAttribute("incident", alerts.incident(id).orElseThrow(() -> new NotFoundException("No incident " + id)));
        return "alerts/incident";
    }

    @PostMapping("/incidents/{id}/status")
    String advance(@PathVariable long id, @RequestParam String status, Principal who) {
        alerts.advance(id, status, who.getName());
        return "redirect:/alerts/incidents/" + id;
    }
}
