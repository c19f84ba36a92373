package vn.tinhso.hub.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.hub.internal.CitizenView;
import vn.tinhso.hub.internal.Citizens;
import vn.tinhso.hub.internal.Connectors;
import vn.tinhso.hub.internal.ExpectationResult;
import vn.tinhso.hub.internal.Expectations;
import vn.tinhso.hub.internal.Matches;
import vn.tinhso.hub.internal.OpenData;
import vn.tinhso.hub.internal.RegistryOverview;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.Territory;

@Controller
class HubPages {

    private final RegistryOverview overview;
    private final Connectors connectors;
    private final Citizens citizens;
    private final Territory territory;
    private final Expectations expectations;
    private final Matches matches;
    private final OpenData openData;

    HubPages(RegistryOverview overview, Connectors connectors, Citizens citizens, Territory territory, Expectations expectations,
             Matches matches, OpenData openData) {
        this.openData = openData;
        this.overview = overview;
        this.matches = matches;
        this.expectations = expectations;
        this.connectors = connectors;
        this.citizens = citizens;
        this.territory = territory;
    }

    @GetMapping("/hub")
    String home(Model model, org.springframework.security.core.Authentication auth) {
        model.addAttribute("canRunConnectors", auth != null && Role.anyOf(
                auth.getAuthorities().stream().map(a -> a.getAuthority()).toList(), Role.ADMIN, Role.DATA_STEWARD));
        model.addAttribute("canUseSql", auth != null && Role.anyOf(
                auth.getAuthorities().stream().map(a -> a.getAuthority()).toList(), Role.ADMIN, Role.ANALYST));
        var byCommune = overview.byCommune(20);
        model.addAttribute("registries", overview.registries());
        Map<String, List<ExpectationResult>> checked = new java.util.LinkedHashMap<>();
        for (String registry : List.of("citizens", "enterprises", "parcels")) checked.put(registry, expectations.latest(registry));
        model.addAttribute("expectations", checked);
        model.addAttribute("connectors", connectors.list());
        model.addAttribute("openDatasets", openData.datasets());
        model.addAttribute("byCommune", byCommune);
        Map<String, String> names = names(byCommune.stream().map(RegistryOverview.CommuneCount::commune).toList());
        model.addAttribute("communeLabels", byCommune.stream().map(c -> names.getOrDefault(c.commune(), c.commune()).replace("|", " ")).toList());
        return "hub/home";
    }

    /** Commune names on today's map, else on the map before the latest reorganisation. */
    private Map<String, String> names(List<String> codes) {
        Map<String, String> names = new TreeMap<>();
        LocalDate today = LocalDate.now();
        LocalDate before = territory.latestReorganisation().map(d -> d.minusDays(1)).orElse(today);
        for (String code : codes)
            territory.unit(code, today).or(() -> territory.unit(code, before)).ifPresent(u -> names.put(code, u.name()));
        return names;
    }

    @GetMapping("/hub/citizens")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    String citizens(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", citizens.search(q, 100));
        return "hub/citizens";
    }

    @GetMapping("/hub/citizens/{key}")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    String citizen(@PathVariable long key, Model model) {
        return person(citizens.masked(key).orElseThrow(() -> new NotFoundException("no citizen " + key)), model);
    }

    @PostMapping("/hub/citizens/{key}/reveal")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    String reveal(@PathVariable long key, @RequestParam(defaultValue = "") String purpose, Model model) {
        CitizenView masked = citizens.masked(key).orElseThrow(() -> new NotFoundException("no citizen " + key));
        if (purpose.isBlank()) {
            model.addAttribute("purposeMissing", true);
            return person(masked, model);
        }
        model.addAttribute("purpose", purpose.strip());
        return person(citizens.reveal(key, purpose.strip()).orElseThrow(), model);
    }

    @PostMapping("/hub/citizens/{key}/reads")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    String reads(@PathVariable long key, @RequestParam(defaultValue = "") String purpose, Model model) {
        CitizenView masked = citizens.masked(key).orElseThrow(() -> new NotFoundException("no citizen " + key));
        if (purpose.isBlank()) {
            model.addAttribute("purposeMissing", true);
            return person(masked, model);
        }
        // The report needs the whole id; asking for it is a read of its own, with the purpose given.
        CitizenView whole = citizens.reveal(key, purpose.strip()).orElseThrow();
        model.addAttribute("reads", citizens.readsOf(whole.personalId(), purpose.strip()));
        return person(masked, model);
    }

    private String person(CitizenView view, Model model) {
        model.addAttribute("citizen", view);
        model.addAttribute("fields", new TreeMap<>(CitizenView.FIELDS));
        return "hub/citizen";
    }

    /** Runs a connector now in the signed-in user's name, for the purpose stated (both go with every request). */
    @PostMapping("/hub/connectors/{code}/runs")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    String runConnector(@PathVariable String code, @RequestParam(defaultValue = "") String purpose, java.security.Principal principal,
                        org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        if (connectors.state(code).isEmpty()) throw new NotFoundException("no connector " + code);
        if (purpose.isBlank()) {
            redirect.addFlashAttribute("connectorMessage", "hub.purpose.missing");
            return "redirect:/hub";
        }
        try {
            connectors.run(code, principal.getName(), purpose.strip());
        } catch (IllegalStateException running) {
            redirect.addFlashAttribute("connectorMessage", "hub.connector.running");
        }
        return "redirect:/hub";
    }

    @GetMapping("/hub/matches")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    String matches(Model model) {
        model.addAttribute("groups", matches.open(200));
        return "hub/matches";
    }

    @PostMapping("/hub/matches/decisions")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    String decide(@RequestParam String key, @RequestParam String decision, @RequestParam(defaultValue = "") String note,
                  java.security.Principal principal) {
        matches.decide(key, decision, note, principal.getName());
        return "redirect:/hub/matches";
    }

    @GetMapping("/hub/enterprises")
    String enterprises(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", overview.searchEnterprises(q, 100));
        return "hub/enterprises";
    }
}
