package vn.tinhso.infrastructure.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.infrastructure.internal.Coverage;
import vn.tinhso.infrastructure.internal.CoverageService;
import vn.tinhso.infrastructure.internal.Operators;
import vn.tinhso.infrastructure.internal.Registry;
import vn.tinhso.platform.NotFoundException;

@Controller
class InfrastructurePages {

    private final Registry registry;
    private final CoverageService coverage;

    InfrastructurePages(Registry registry, CoverageService coverage) {
        this.registry = registry;
        this.coverage = coverage;
    }

    @GetMapping("/infrastructure")
    String home(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) String technology, @RequestParam(required = false) String operator, Model model) {
        LocalDate d = InfrastructureApi.dateOr(asOf);
        Registry.Counts counts = registry.counts(d);
        Coverage c = coverage.cached(d);
        model.addAttribute("asOf", d);
        model.addAttribute("technology", technology == null ? "" : technology);
        model.addAttribute("operator", operator == null ? "" : operator);
        model.addAttribute("operators", Operators.BY_MNC);
        model.addAttribute("technologies", List.of("2G", "3G", "4G", "5G"));
        model.addAttribute("counts", counts);
        model.addAttribute("coverage", c);
        model.addAttribute("province", coverage.province());
        model.addAttribute("progress", coverage.progress());
        model.addAttribute("attribution", counts.opencellidCells() > 0);
        model.addAttribute("shares", c.communes().stream().map(x -> x.code() + "=" + Math.round(x.share4g() * 10) / 10.0).toList());
        return "infrastructure/home";
    }

    @GetMapping("/infrastructure/towers/{code}")
    String tower(@PathVariable String code, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 Model model) {
        Registry.Tower t = registry.tower(code, InfrastructureApi.dateOr(asOf)).orElseThrow(() -> new NotFoundException("no tower " + code));
        model.addAttribute("tower", t);
        model.addAttribute("cells", registry.cellsOf(code));
        return "infrastructure/tower";
    }

    @GetMapping("/infrastructure/gaps")
    String gaps(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(defaultValue = "5") int budget, Model model) {
        LocalDate d = InfrastructureApi.dateOr(asOf);
        int sites = Math.max(1, Math.min(50, budget));
        Coverage c = coverage.cached(d);
        model.addAttribute("asOf", d);
        model.addAttribute("budget", sites);
        model.addAttribute("coverage", c);
        model.addAttribute("gaps", c.gaps().stream().limit(500).toList());
        model.addAttribute("without4g", c.gaps().stream().filter(g -> !g.has4g()).count());
        model.addAttribute("without4gPeople", c.gaps().stream().filter(g -> !g.has4g()).mapToLong(Coverage.Gap::population).sum());
        model.addAttribute("proposals", coverage.siting(d, sites));
        model.addAttribute("attribution", registry.openCellIdOn(d));
        return "infrastructure/gaps";
    }
}
