package vn.tinhso.access.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.access.AuditLog;

@Controller
@PreAuthorize(Role.IS_ADMIN)
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", audit.recent(actor, page, 50));
        model.addAttribute("actor", actor);
        return "access/audit";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("result", audit.verify());
        return "access/audit :: verification";
    }
}
