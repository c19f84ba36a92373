package vn.tinhso.security.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.security.governance.Compliance;
import vn.tinhso.security.governance.InformationSystem;
import vn.tinhso.security.governance.LegalBasis;
import vn.tinhso.security.governance.LegalRule;
import vn.tinhso.security.governance.SystemAlerts;
import vn.tinhso.security.governance.SystemRegistry;

/** The registry with its compliance chart, a system's page, and the legal basis an administrator keeps. */
@Controller
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class GovernancePages {

    private final SystemRegistry registry;
    private final LegalBasis legalBasis;
    private final SystemAlerts systemAlerts;

    GovernancePages(SystemRegistry registry, LegalBasis legalBasis, SystemAlerts systemAlerts) {
        this.registry = registry;
        this.legalBasis = legalBasis;
        this.systemAlerts = systemAlerts;
    }

    @GetMapping("/security/systems")
    String systems(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer level,
                   @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue, Model model) {
        String a = agency == null || agency.isBlank() ? null : agency;
        String s = status == null || status.isBlank() ? null : status;
        List<InformationSystem> shown = registry.find(new SystemRegistry.Filter(a, level, s, overdue));
        Compliance compliance = Compliance.of(registry.find(new SystemRegistry.Filter(a, null, null, null)), LocalDate.now());
        model.addAttribute("systems", shown);
        model.addAttribute("compliance", compliance);
        model.addAttribute("agencies", registry.agencies());
        model.addAttribute("statuses", InformationSystem.STATUSES);
        model.addAttribute("agency", a == null ? "" : a);
        model.addAttribute("level", level);
        model.addAttribute("status", s == null ? "" : s);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("today", LocalDate.now());
        return "security/systems";
    }

    @GetMapping("/security/systems/{id}")
    String system(@PathVariable long id, Model model) {
        InformationSystem s = registry.byId(id).orElseThrow(() -> new NotFoundException("No information system " + id));
        model.addAttribute("system", s);
        model.addAttribute("requirement", GovernanceApi.requirementOf(s, legalBasis));
        model.addAttribute("history", registry.history(id));
        model.addAttribute("alerts", systemAlerts.touching(s));
        model.addAttribute("today", LocalDate.now());
        return "security/system";
    }

    @GetMapping("/security/legal-basis")
    String legalBasis(Model model, Authentication user) {
        model.addAttribute("rules", legalBasis.rules());
        model.addAttribute("mayEdit", Role.anyOf(user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(), Role.ADMIN));
        model.addAttribute("authorities", LegalRule.AUTHORITIES);
        return "security/legal-basis";
    }

    @PostMapping("/security/legal-basis")
    @PreAuthorize(Role.IS_ADMIN)
    String adopt(@RequestParam(required = false) Integer level,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                 @RequestParam(required = false) String basis, @RequestParam(required = false) String appraiser,
                 @RequestParam(required = false) String approver, @RequestParam(required = false) String note,
                 Authentication who, Model model) {
        LegalRule.Draft draft = new LegalRule.Draft(level, effectiveFrom, basis, appraiser, approver, note);
        List<String[]> problems = LegalBasis.problems(draft);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("draft", draft);
            return legalBasis(model, who);
        }
        legalBasis.adopt(draft, who.getName());
        return "redirect:/security/legal-basis";
    }
}
