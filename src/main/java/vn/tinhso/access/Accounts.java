package vn.tinhso.access;

import java.util.Optional;
import java.util.Set;

/** People who log in. */
public interface Accounts {

    /** Creates the account unless one with that user name exists; returns whether it was created. */
    boolean createIfAbsent(String username, String displayName, String rawPassword, Set<Role> roles);

    Optional<Account> find(String username);

    /**
     * Gives the account exactly these roles. Its open web sessions end at their next request, and its API
     * tokens act only with a role it still holds; returns false when there is no such account.
     */
    boolean changeRoles(String username, Set<Role> roles);

    long count();
}
