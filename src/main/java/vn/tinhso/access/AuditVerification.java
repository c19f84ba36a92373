package vn.tinhso.access;

/** The outcome of walking the audit chain: intact, or the first row where it breaks and why. */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenId, String problem) {

    public static AuditVerification ok(long rows) {
        return new AuditVerification(true, rows, null, null);
    }

    public static AuditVerification brokenAt(long rows, Long id, String problem) {
        return new AuditVerification(false, rows, id, problem);
    }
}
