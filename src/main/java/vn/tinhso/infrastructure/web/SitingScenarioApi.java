package vn.tinhso.infrastructure.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.infrastructure.internal.SitingScenarios;
import vn.tinhso.platform.NotFoundException;

/** Siting scenarios: a greedy search's question and answer saved under a name, listed, and two compared. */
@RestController
@RequestMapping("/api/infrastructure/scenarios")
class SitingScenarioApi {

    private final SitingScenarios scenarios;

    SitingScenarioApi(SitingScenarios scenarios) {
        this.scenarios = scenarios;
    }

    /** The question: budget (1–200 sites), technology (2G…5G, default 4G), operator (name or MNC; none = best operator), date. */
    record NewScenario(String name, Integer budget, String technology, String operator, LocalDate asOf) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.IS_WRITER)
    SitingScenarios.Scenario create(@RequestBody NewScenario body, Principal who) {
        return scenarios.save(SitingScenarioPages.question(body.name(), body.budget() == null ? 5 : body.budget(), body.technology(),
                body.operator(), body.asOf()), who.getName());
    }

    @GetMapping
    List<SitingScenarios.Scenario> list() {
        return scenarios.list();
    }

    @GetMapping("/{id}")
    SitingScenarios.Scenario one(@PathVariable long id) {
        return find(scenarios, id);
    }

    @GetMapping("/compare")
    SitingScenarios.Comparison compare(@RequestParam long a, @RequestParam long b) {
        return scenarios.compare(find(scenarios, a), find(scenarios, b));
    }

    static SitingScenarios.Scenario find(SitingScenarios scenarios, long id) {
        return scenarios.find(id).orElseThrow(() -> new NotFoundException("no siting scenario " + id));
    }
}
