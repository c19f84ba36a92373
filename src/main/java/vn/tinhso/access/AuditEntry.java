package vn.tinhso.access;

/**
 * One thing somebody did, as the audit log keeps it. The actor and address are taken from the
 * current request when the caller leaves them out.
 */
public record AuditEntry(String actor, String action, String objectType, String objectId, String purpose, String detail) {

    public AuditEntry {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
    }

    public static AuditEntry of(String action, String objectType, String objectId) {
        return new AuditEntry(null, action, objectType, objectId, null, null);
    }

    public AuditEntry withActor(String newActor) {
        return new AuditEntry(newActor, action, objectType, objectId, purpose, detail);
    }

    public AuditEntry withPurpose(String newPurpose) {
        return new AuditEntry(actor, action, objectType, objectId, newPurpose, detail);
    }

    public AuditEntry withDetail(String newDetail) {
        return new AuditEntry(actor, action, objectType, objectId, purpose, newDetail);
    }
}
