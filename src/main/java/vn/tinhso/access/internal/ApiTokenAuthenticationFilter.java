package vn.tinhso.access.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * every use is audited.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final AuditLog audit;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.startsWith("Bearer ");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader("Authorization").substring("Bearer ".length()).trim();
        var token = tokens.authenticate(secret);
        if (token.isEmpty()) {
            audit.record(AuditEntry.of("token.rejected", "api_token", null).withActor("anonymous")
                    .withDetail(request.getMethod() + " " + request.getRequestURI()));
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid API token",
                    "The token is unknown, expired or revoked.");
            return;
        }
        var valid = token.get();
        String needed = scopeFor(request);
        if (!describesTheApi(request) && (needed == null || !allows(valid, needed))) {
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
        audit.record(AuditEntry.of("token.use", "api_token", Long.toString(valid.id())).withActor(valid.owner())
                .withDetail(request.getMethod() + " " + request.getRequestURI()));
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

    /** Paths whose first segment is not the name of the module that serves them. */
    private static final Map<String, String> MODULE_OF_PATH = Map.of(
            "imports", "catalog", "datasets", "catalog", "analytics", "indicators", "audit", "access", "tokens", "access");

    /**
     * A scope names a module: {@code GET /api/territory/units} needs {@code territory:read}, a POST
     * to {@code /api/imports} needs {@code catalog:write}.
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
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String module = MODULE_OF_PATH.getOrDefault(segment, segment);
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        return module + (read ? ":read" : ":write");
    }

    private static boolean allows(ApiTokenService.ValidToken token, String needed) {
        String access = needed.substring(needed.indexOf(':'));
        return token.scopes().contains(needed) || token.scopes().contains("*" + access)
                || (access.equals(":read") && token.scopes().contains(needed.replace(":read", ":write")));
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
