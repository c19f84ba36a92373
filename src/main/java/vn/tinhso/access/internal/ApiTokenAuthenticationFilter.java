package vn.tinhso.access.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * Authenticates {@code Authorization: Bearer ts_…} on {@code /api/**} and {@code /actuator/**}. A token only reaches the
 * module its scopes name ({@code territory:read} opens GETs under {@code /api/territory/}), and
 * every use is audited ({@link TokenUses}: the first of each minute with its request, the others of the minute counted).
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final AuditLog audit;
    private final RepeatedFailures failures;
    private final TokenUses uses;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, AuditLog audit, RepeatedFailures failures, TokenUses uses) {
        this.tokens = tokens;
        this.uses = uses;
        this.audit = audit;
        this.failures = failures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return secret(request.getHeader("Authorization")) == null;
    }

    /**
     * The token from {@code Bearer ts_…}, or from HTTP Basic whose password is a token (any user name): cameras and
     * other devices that can only be given a user name and password push with it.
     */
    static String secret(String header) {
        if (header == null) return null;
        if (header.startsWith("Bearer ")) return header.substring("Bearer ".length()).trim();
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                        java.nio.charset.StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                String password = colon < 0 ? null : decoded.substring(colon + 1);
                return password != null && password.startsWith("ts_") ? password : null;
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = secret(request.getHeader("Authorization"));
        var token = tokens.authenticate(secret);
        if (token.isEmpty()) {
            failures.record(AuditEntry.of("token.rejected", "api_token", null).withActor("anonymous")
                    .withDetail(request.getMethod() + " " + request.getRequestURI()), request.getRemoteAddr());
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid API token",
                    "The token is unknown, expired or revoked.");
            return;
        }
        var valid = token.get();
        if (!valid.ownerStillHoldsRole()) {
            audit.record(AuditEntry.of("token.denied", "api_token", Long.toString(valid.id())).withActor(valid.owner())
                    .withDetail(request.getMethod() + " " + request.getRequestURI() + ": owner no longer has " + valid.role()));
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Token role withdrawn",
                    "The token carries the role " + valid.role() + ", which its owner no longer has. Issue a new token.");
            return;
        }
        String needed = scopeFor(request);
        if (!describesTheApi(request) && (needed == null || !allows(valid.scopes(), needed))) {
            audit.record(AuditEntry.of("token.denied", "api_token", Long.toString(valid.id())).withActor(valid.owner())
                    .withDetail(request.getMethod() + " " + request.getRequestURI() + " needs " + needed));
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Token scope too narrow",
                    "This request needs the scope '" + needed + "'; the token has " + valid.scopes() + ".");
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(valid.role().authority()));
        valid.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        var auth = UsernamePasswordAuthenticationToken.authenticated(valid.owner(), null, authorities);
        auth.setDetails("api-token:" + valid.id());
        SecurityContextHolder.getContext().setAuthentication(auth);
        java.time.Instant now = java.time.Instant.now();
        if (uses.firstInMinute(valid.id(), valid.owner(), now)) {
            tokens.touch(valid.id(), now);
            audit.record(AuditEntry.of("token.use", "api_token", Long.toString(valid.id())).withActor(valid.owner())
                    .withDetail(request.getMethod() + " " + request.getRequestURI()));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The OpenAPI document is open to everyone, so any valid token may read it, whatever its scopes. */
    private static boolean describesTheApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/");
    }

    /**
     * A scope names a module, and every API path starts with its module: {@code GET /api/territory/units} needs
     * {@code territory:read}, a POST to {@code /api/catalog/imports} needs {@code catalog:write}.
     */
    static String scopeFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/actuator/")) {
            return "actuator:read";
        }
        if (!path.startsWith("/api/")) {
            return null;
        }
        String rest = path.substring("/api/".length());
        String module = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        return module + (read ? ":read" : ":write");
    }

    /** A scope {@code m:write} implies {@code m:read}, and {@code *:x} stands for every module's {@code m:x}. */
    static boolean allows(java.util.Set<String> scopes, String needed) {
        String module = needed.substring(0, needed.indexOf(':'));
        boolean read = needed.endsWith(":read");
        for (String held : List.of(module, "*")) {
            if (scopes.contains(held + ":write") || (read && scopes.contains(held + ":read"))) {
                return true;
            }
        }
        return false;
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
