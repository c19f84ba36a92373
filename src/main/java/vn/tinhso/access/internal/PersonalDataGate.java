package vn.tinhso.access.internal;

import java.util.Arrays;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.PersonalDataReads;
import vn.tinhso.access.Role;

@Service
class PersonalDataGate implements PersonalDataReads {

    private final AuditLog audit;

    PersonalDataGate(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void authorize(String objectType, String objectId, String purpose, Role... allowed) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean permitted = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> Arrays.stream(allowed).anyMatch(r -> r.authority().equals(a.getAuthority())));
        String actor = auth == null ? "anonymous" : auth.getName();
        if (!permitted) {
            audit.record(new AuditEntry(actor, "personal.denied", objectType, objectId, purpose, "missing role"));
            throw new AccessDeniedException("Reading " + objectType + " needs one of the roles " + Arrays.toString(allowed));
        }
        if (purpose == null || purpose.isBlank()) {
            audit.record(new AuditEntry(actor, "personal.denied", objectType, objectId, null, "no purpose stated"));
            throw new AccessDeniedException("Reading " + objectType + " needs a stated purpose of use");
        }
        audit.record(new AuditEntry(actor, "personal.read", objectType, objectId, purpose.strip(), null));
    }
}
