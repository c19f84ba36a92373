package vn.tinhso.access.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.tinhso.access.AuditEntry;

/** Password login, refused without checking the password while the {@link LoginThrottle} says the address must wait. */
@Component
class ThrottledLogin implements AuthenticationProvider {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ThrottledLogin.class);

    /** Thrown instead of checking the password; no event is published for it, the refusal is tallied here. */
    static final class LoginThrottled extends AuthenticationException {
        LoginThrottled(Duration wait) {
            super("Too many failed logins from this address; try again in " + Math.max(1, wait.toSeconds()) + " s.");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final RepeatedFailures failures;

    ThrottledLogin(AccountService accounts, PasswordEncoder encoder, RepeatedFailures failures,
                   @Value("${tinhso.login.free-attempts:3}") int freeAttempts,
                   @Value("${tinhso.login.first-delay:2s}") Duration firstDelay,
                   @Value("${tinhso.login.max-delay:15m}") Duration maxDelay,
                   @Value("${tinhso.login.forget-after:15m}") Duration forgetAfter) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = new LoginThrottle(freeAttempts, firstDelay, maxDelay, forgetAfter, Clock.systemUTC());
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = address(attempt);
        Duration wait = throttle.waitBefore(username, address);
        if (!wait.isZero()) {
            failures.record(AuditEntry.of("login.throttled", "account", username).withActor(username)
                    .withDetail("wait " + wait.toSeconds() + " s"), address);
            throw new LoginThrottled(wait);
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return done;
        } catch (BadCredentialsException e) {
            if (throttle.failed(username, address)) {
                // One line when the slowing starts; the attempts themselves are counted in the audit log.
                log.warn("Logins to '{}' from {} are now slowed down after repeated wrong passwords",
                        username.length() > 100 ? username.substring(0, 100) + "…" : username, address);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Scheduled(fixedDelayString = "${tinhso.login.forget-after:15m}")
    void forgetExpired() {
        throttle.forgetExpired();
    }

    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }
}
