package vn.tinhso.access;

import java.time.Instant;

/** One row of the audit log as shown to an administrator. */
public record AuditRecord(long id, Instant at, String actor, String action, String objectType, String objectId,
                          String address, String purpose, String detail) {
}
