package vn.tinhso.access.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * Audits every login; failed logins are tallied per source address and minute ({@link RepeatedFailures}), and
 * slowed down by {@link ThrottledLogin}, never by locking the account.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final RepeatedFailures failures;

    LoginAttempts(AccountRepository accounts, AuditLog audit, RepeatedFailures failures) {
        this.accounts = accounts;
        this.audit = audit;
        this.failures = failures;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        accounts.recordSuccess(user);
        audit.record(AuditEntry.of("login", "account", user).withActor(user));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String user = String.valueOf(event.getAuthentication().getPrincipal());
        failures.record(AuditEntry.of("login.failed", "account", user).withActor(user)
                .withDetail(event.getException().getClass().getSimpleName()), ThrottledLogin.address(event.getAuthentication()));
    }
}
