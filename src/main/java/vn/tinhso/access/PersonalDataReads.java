package vn.tinhso.access;

/**
 * The gate in front of personal data (plates, faces, citizen ids): the caller must hold one of the
 * allowed roles and state a purpose, and every read is written to the audit log.
 */
public interface PersonalDataReads {

    /**
     * @throws org.springframework.security.access.AccessDeniedException when the current user lacks
     *         the role or gave no purpose
     */
    void authorize(String objectType, String objectId, String purpose, Role... allowed);
}
