package vn.tinhso.security.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.security.governance.Attribution;
import vn.tinhso.security.governance.Compliance;
import vn.tinhso.security.governance.InformationSystem;
import vn.tinhso.security.governance.LegalBasis;
import vn.tinhso.security.governance.LegalRule;
import vn.tinhso.security.governance.SystemRegistry;

/** The registry of information systems, the compliance indicator, the legal basis and alert attribution. */
@RestController
@RequestMapping("/api/security")
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class GovernanceApi {

    private final SystemRegistry registry;
    private final LegalBasis legalBasis;
    private final Attribution attribution;
    private final Alerts alerts;

    GovernanceApi(SystemRegistry registry, LegalBasis legalBasis, Attribution attribution, Alerts alerts) {
        this.registry = registry;
        this.legalBasis = legalBasis;
        this.attribution = attribution;
        this.alerts = alerts;
    }

    /** A system with the rule its dossier falls under: on its decision date once decided, else today. */
    record SystemView(InformationSystem system, Requirement requirement, List<InformationSystem.DossierStep> history) {
    }

    /** Who must appraise and approve the dossier of {@code level} on {@code on}, on which basis; nulls when no rule applies. */
    record Requirement(Integer level, LocalDate on, String appraiser, String approver, String basis, LocalDate effectiveFrom) {
        static Requirement of(Integer level, LocalDate on, Optional<LegalRule> rule) {
            return new Requirement(level, on, rule.map(LegalRule::appraiser).orElse(null), rule.map(LegalRule::approver).orElse(null),
                    rule.map(LegalRule::basis).orElse(null), rule.map(LegalRule::effectiveFrom).orElse(null));
        }
    }

    static Requirement requirementOf(InformationSystem s, LegalBasis basis) {
        LocalDate on = s.decisionDate() != null ? s.decisionDate() : LocalDate.now();
        return s.level() == null ? Requirement.of(null, on, Optional.empty()) : Requirement.of(s.level(), on, basis.requirement(s.level(), on));
    }

    @GetMapping("/systems")
    List<InformationSystem> systems(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer level,
                                    @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue) {
        return registry.find(new SystemRegistry.Filter(agency, level, status, overdue));
    }

    @GetMapping("/systems/{id}")
    SystemView system(@PathVariable long id) {
        InformationSystem s = registry.byId(id).orElseThrow(() -> new NotFoundException("No information system " + id));
        return new SystemView(s, requirementOf(s, legalBasis), registry.history(id));
    }

    @GetMapping("/compliance")
    Compliance compliance(@RequestParam(required = false) String agency) {
        return Compliance.of(registry.find(new SystemRegistry.Filter(agency, null, null, null)), LocalDate.now());
    }

    @GetMapping("/legal-basis")
    List<LegalRule> legalBasis() {
        return legalBasis.rules();
    }

    @GetMapping("/legal-basis/requirement")
    Requirement requirement(@RequestParam int level,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate d = on == null ? LocalDate.now() : on;
        return Requirement.of(level, d, legalBasis.requirement(level, d));
    }

    @PostMapping("/legal-basis")
    @PreAuthorize(Role.IS_ADMIN)
    ResponseEntity<?> adopt(@RequestBody LegalRule.Draft draft, Principal who) {
        List<String[]> problems = LegalBasis.problems(draft);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(new Problems(problems.stream().map(p -> p[0]).toList()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(legalBasis.adopt(draft, who.getName()));
    }

    record Problems(List<String> invalidFields) {
    }

    /** An alert with the systems its addresses and host names belong to. */
    record AttributedAlert(Alert alert, List<AttributedSystem> systems) {
    }

    record AttributedSystem(long id, String name, String ownerAgency, Integer level, boolean approved) {
        static AttributedSystem of(InformationSystem s) {
            return new AttributedSystem(s.id(), s.name(), s.ownerAgency(), s.level(), s.approved());
        }
    }

    @GetMapping("/alerts/{id}")
    AttributedAlert alert(@PathVariable long id) {
        Alert a = alerts.alert(id).orElseThrow(() -> new NotFoundException("No alert " + id));
        return new AttributedAlert(a, attribution.systems(a).stream().map(AttributedSystem::of).toList());
    }
}
