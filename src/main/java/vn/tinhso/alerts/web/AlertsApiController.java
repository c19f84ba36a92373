package vn.tinhso.alerts.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Incident;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.streams.IntakeHealth;

@RestController
@RequestMapping("/api/alerts")
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class AlertsApiController {

    private final Alerts alerts;
    private final IntakeHealth intake;

    AlertsApiController(Alerts alerts, IntakeHealth intake) {
        this.alerts = alerts;
        this.intake = intake;
    }

    /** The SOC overview's figures: open alerts by severity and rule, MTTD/MTTR in seconds, UDP drops and dead letters. */
    @GetMapping("/overview")
    SocOverview.Figures overview() {
        return SocOverview.of(alerts, intake).figures();
    }

    @GetMapping("/alerts")
    List<Alert> alerts(@RequestParam(required = false) String rule, @RequestParam(required = false) String entity,
                       @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                       @RequestParam(required = false) String status, @RequestParam(defaultValue = "200") int limit) {
        return alerts.find(new Alerts.AlertQuery(rule, entity, from, to, status, limit));
    }

    @GetMapping("/incidents/{id}")
    Incident incident(@PathVariable long id) {
        return alerts.incident(id).orElseThrow(() -> new NotFoundException("No incident " + id));
    }
}
