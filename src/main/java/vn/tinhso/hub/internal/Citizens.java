package vn.tinhso.hub.internal;

import java.util.List;
import java.util.Optional;

/** The citizen register as people read it: masked by default, whole only with a role and a stated purpose. */
public interface Citizens {

    /** By a full personal id, its last four digits, or part of the name; always masked. */
    List<CitizenView> search(String query, int limit);

    Optional<CitizenView> masked(long key);

    /**
     * The record with its personal fields whole, for a data steward or administrator who states a purpose; sensitive
     * fields stay masked except for an administrator. The read goes to the audit log and to the person's read history.
     *
     * @throws org.springframework.security.access.AccessDeniedException without the role or the purpose
     */
    Optional<CitizenView> reveal(long key, String purpose);

    /**
     * Who saw this person's data whole (a data subject's request); asking is itself a personal-data read, with a purpose.
     *
     * @throws org.springframework.security.access.AccessDeniedException without the role or the purpose
     */
    List<PersonalRead> readsOf(String personalId, String purpose);
}
