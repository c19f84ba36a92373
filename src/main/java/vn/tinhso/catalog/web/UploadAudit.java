package vn.tinhso.catalog.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRefused;

/**
 * Uploads that never became a job are audited too: refused ones (unknown kind, bad name, unreadable file) and
 * crashed ones. Who may follow a job is decided here as well: its uploader, data stewards and admins.
 */
@Component
class UploadAudit {

    private final AuditLog audit;

    UploadAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Runs the submission; a refusal or a crash is audited and then passed on unchanged. */
    <T> T submitting(MultipartFile file, String kind, Submission<T> submission) throws java.io.IOException {
        try {
            return submission.submit();
        } catch (ImportRefused | IllegalArgumentException e) {
            audit.record(entry("catalog.import.refused", file, kind, e));
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            audit.record(entry("catalog.import.crashed", file, kind, e));
            throw e;
        }
    }

    interface Submission<T> {
        T submit() throws java.io.IOException;
    }

    private static AuditEntry entry(String action, MultipartFile file, String kind, Exception e) {
        return AuditEntry.of(action, "upload", file.getOriginalFilename())
                .withDetail("%d bytes, kind %s: %s".formatted(file.getSize(), kind, e.getMessage()));
    }

    static boolean mayRead(ImportJob job, Authentication user) {
        return user != null && (user.getName().equals(job.username()) || user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_DATA_STEWARD")));
    }
}
