package vn.tinhso.access;

/**
 * One thing somebody did, as the audit log keeps it. The actor and address are taken from the
 * current request when the caller leaves them out.
 */
public record AuditEntry(String actor, String action, String objectType, String objectId, String purpose, String detail) {

    /**
     * Longest actor, object id and purpose kept; longer ones (a 100,000-character user name) are cut. Control
     * characters in any field are replaced, so hostile input never keeps its audit row from being written.
     */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest detail kept. */
    public static final int MAX_DETAIL_LENGTH = 2000;

    public AuditEntry {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
        actor = cut(actor, MAX_NAME_LENGTH);
        objectId = cut(objectId, MAX_NAME_LENGTH);
        purpose = cut(purpose, MAX_NAME_LENGTH);
        detail = cut(detail, MAX_DETAIL_LENGTH);
    }

    /** Cut to {@code max} characters, control characters shown as U+FFFD (PostgreSQL refuses a NUL byte in text). */
    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String kept = text.length() <= max ? text : text.substring(0, max - 1) + "…";
        return kept.chars().anyMatch(Character::isISOControl) ? kept.replaceAll("\\p{Cntrl}", "\uFFFD") : kept;
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
