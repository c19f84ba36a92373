package vn.tinhso.access.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/** Audits every login and locks an account after repeated failures. */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final int limit;
    private final Duration lockFor;

    LoginAttempts(AccountRepository accounts, AuditLog audit,
                  @Value("${tinhso.login.max-failures:5}") int limit,
                  @Value("${tinhso.login.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.audit = audit;
        this.limit = limit;
        this.lockFor = lockFor;
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
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailure(user, limit, lockFor);
        }
        audit.record(AuditEntry.of("login.failed", "account", user).withActor(user)
                .withDetail(event.getException().getClass().getSimpleName()));
    }
}
