package vn.tinhso.access;

import java.util.Optional;
import java.util.Set;

/** People who log in. */
public interface Accounts {

    /** Creates the account unless one with that user name exists; returns whether it was created. */
    boolean createIfAbsent(String username, String displayName, String rawPassword, Set<Role> roles);

    Optional<Account> find(String username);

    long count();
}
