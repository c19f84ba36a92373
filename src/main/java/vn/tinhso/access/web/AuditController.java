package vn.tinhso.access.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.AuditLog;
import vn.tinhso.access.AuditVerification;

@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** Walks the whole chain; {@code intact=false} names the first row that was changed or removed. */
    @GetMapping("/verify")
    AuditVerification verify() {
        return audit.verify();
    }
}
