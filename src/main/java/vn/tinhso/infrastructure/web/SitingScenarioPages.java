package vn.tinhso.infrastructure.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.access.Role;
import vn.tinhso.infrastructure.internal.Operators;
import vn.tinhso.infrastructure.internal.Registry;
import vn.tinhso.infrastructure.internal.SitingScenarios;
import vn.tinhso.infrastructure.internal.Technology;

@Controller
class SitingScenarioPages {

    private final SitingScenarios scenarios;
    private final Registry registry;

    SitingScenarioPages(SitingScenarios scenarios, Registry registry) {
        this.scenarios = scenarios;
        this.registry = registry;
    }

    static SitingScenarios.Question question(String name, int budget, String technology, String operator, LocalDate asOf) {
        Technology tech = technology == null || technology.isBlank() ? Technology.G4
                : Technology.ofLabel(technology.strip().toUpperCase()).orElseThrow(() -> new IllegalArgumentException("unknown technology " + technology));
        String mnc = operator == null || operator.isBlank() ? null
                : Operators.find(operator).orElseThrow(() -> new IllegalArgumentException("unknown operator " + operator));
        return new SitingScenarios.Question(name, budget, tech, mnc, InfrastructureApi.dateOr(asOf));
    }

    @GetMapping("/infrastructure/scenarios")
    String list(Model model, Authentication user) {
        model.addAttribute("canRun", user != null && Arrays.stream(Role.writers())
                .anyMatch(r -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + r))));
        model.addAttribute("scenarios", scenarios.list());
        model.addAttribute("operators", Operators.BY_MNC);
        model.addAttribute("technologies", List.of("2G", "3G", "4G", "5G"));
        model.addAttribute("today", InfrastructureApi.dateOr(null));
        return "infrastructure/scenarios";
    }

    @PostMapping("/infrastructure/scenarios")
    @PreAuthorize(Role.IS_WRITER)
    String create(@RequestParam String name, @RequestParam(defaultValue = "5") int budget, @RequestParam(required = false) String technology,
                  @RequestParam(required = false) String operator,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Principal who, RedirectAttributes redirect) {
        try {
            return "redirect:/infrastructure/scenarios/" + scenarios.save(question(name, budget, technology, operator, asOf), who.getName()).id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/infrastructure/scenarios";
        }
    }

    @GetMapping("/infrastructure/scenarios/{id}")
    String one(@PathVariable long id, Model model) {
        SitingScenarios.Scenario scenario = SitingScenarioApi.find(scenarios, id);
        model.addAttribute("scenario", scenario);
        model.addAttribute("attribution", registry.openCellIdOn(scenario.asOf()));
        return "infrastructure/scenario";
    }

    @GetMapping("/infrastructure/scenarios/compare")
    String compare(@RequestParam long a, @RequestParam long b, Model model) {
        SitingScenarios.Comparison comparison = scenarios.compare(SitingScenarioApi.find(scenarios, a), SitingScenarioApi.find(scenarios, b));
        model.addAttribute("comparison", comparison);
        model.addAttribute("attribution", registry.openCellIdOn(comparison.a().asOf()) || registry.openCellIdOn(comparison.b().asOf()));
        return "infrastructure/compare";
    }
}
