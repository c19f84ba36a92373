package vn.tinhso.alerts.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.alerts.Severity;
import vn.tinhso.platform.NotFoundException;

/** The SOC console (open alerts by severity and by rule, the live queue) and the incident page. */
@Controller
@RequestMapping("/alerts")
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class AlertsPagesController {

    private final Alerts alerts;

    AlertsPagesController(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    String console(Model model) {
        List<Alert> all = alerts.find(new Alerts.AlertQuery(null, null, null, null, null, 1000));
        // Drill alerts stay in the queue for the team to work, but not in the figures.
        List<Alert> open = all.stream().filter(a -> !a.drill() && !a.status().equals("CLOSED")).toList();
        Map<Severity, Long> bySeverity = new TreeMap<>(Comparator.reverseOrder());
        for (Severity s : Severity.values()) {
            bySeverity.put(s, open.stream().filter(a -> a.severity() == s).count());
        }
        Map<String, Long> byRule = open.stream().collect(Collectors.groupingBy(Alert::ruleTitle, TreeMap::new, Collectors.summingLong(Alert::count)));
        java.util.Set<Long> drillIncidents = all.stream().filter(Alert::drill).map(Alert::incidentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<Incident> incidents = alerts.incidents().stream().filter(i -> !drillIncidents.contains(i.id())).toList();
        model.addAttribute("bySeverity", bySeverity);
        model.addAttribute("byRule", byRule);
        model.addAttribute("alerts", all);
        model.addAttribute("incidents", incidents);
        model.addAttribute("mttd", average(incidents.stream().map(i -> i.timeToDetect().toSeconds()).toList()));
        model.addAttribute("mttr", average(incidents.stream().filter(i -> i.timeToResolve() != null).map(i -> i.timeToResolve().toSeconds()).toList()));
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

    private static Long average(List<Long> seconds) {
        return seconds.isEmpty() ? null : Math.round(seconds.stream().mapToLong(Long::longValue).average().orElse(0));
    }
}
