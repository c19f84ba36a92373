package vn.tinhso.access;

/** The append-only, hash-chained record of who did what. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Recomputes the whole chain and reports the first row whose link is broken. */
    AuditVerification verify();

    /** The newest rows first, optionally of one actor. */
    vn.tinhso.platform.PageResult<AuditRecord> recent(String actor, int page, int size);
}
