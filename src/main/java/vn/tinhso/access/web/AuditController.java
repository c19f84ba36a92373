package vn.tinhso.access.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.AuditRecord;
import vn.tinhso.platform.PageResult;
import vn.tinhso.access.AuditVerification;

@RestController
@RequestMapping("/api/access/audit")
@PreAuthorize(Role.IS_ADMIN)
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** Walks the whole chain; {@code intact=false} names the first row that was changed or removed. */
    @GetMapping
    PageResult<AuditRecord> recent(@RequestParam(required = false) String actor,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return audit.recent(actor, page, size);
    }

    @GetMapping("/verify")
    AuditVerification verify() {
        return audit.verify();
    }
}
