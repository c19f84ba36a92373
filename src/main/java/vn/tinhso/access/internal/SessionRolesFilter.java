package vn.tinhso.access.internal;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * A logged-in session carries the roles its user had at login. On every request they are compared with the
 * account's roles now: when they differ (the user was promoted, demoted or disabled) the session ends and the
 * user logs in again with the current roles.
 */
class SessionRolesFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final AuditLog audit;

    SessionRolesFilter(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // Only sessions opened by the login form (not anonymous visitors, whose details are web details too);
        // tokens are checked by ApiTokenAuthenticationFilter.
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated() && auth.getDetails() instanceof WebAuthenticationDetails
                && !current(auth.getName()).equals(held(auth))) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            audit.record(AuditEntry.of("session.ended", "account", auth.getName()).withActor(auth.getName())
                    .withDetail("roles changed since login"));
        }
        chain.doFilter(request, response);
    }

    private Set<String> current(String username) {
        return accounts.find(username).filter(a -> a.account().enabled())
                .map(a -> a.account().roles().stream().map(r -> r.authority()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static Set<String> held(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).collect(Collectors.toSet());
    }
}
