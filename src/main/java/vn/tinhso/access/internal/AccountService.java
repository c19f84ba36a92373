package vn.tinhso.access.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.tinhso.access.Account;
import vn.tinhso.access.Accounts;
import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.Role;

@Service
class AccountService implements Accounts, UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ApiTokenService tokens;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        boolean created = accounts.insertIfAbsent(username, displayName, passwords.encode(rawPassword), roles);
        if (created) {
            audit.record(AuditEntry.of("account.create", "account", username).withDetail("roles=" + roles));
        }
        return created;
    }

    @Override
    public Optional<Account> find(String username) {
        return accounts.find(username).map(AccountRepository.StoredAccount::account);
    }

    @Override
    public boolean changeRoles(String username, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        boolean changed = accounts.updateRoles(username, roles);
        // A token acts with its role only while its owner holds it.
        tokens.forgetValidTokens();
        if (changed) {
            audit.record(AuditEntry.of("account.roles", "account", username).withDetail("roles=" + roles));
        }
        return changed;
    }

    @Override
    public long count() {
        return accounts.count();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var stored = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        boolean locked = stored.lockedUntil() != null && stored.lockedUntil().isAfter(Instant.now());
        return User.withUsername(username)
                .password(stored.passwordHash())
                .authorities(stored.account().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .accountLocked(locked)
                .disabled(!stored.account().enabled())
                .build();
    }
}
