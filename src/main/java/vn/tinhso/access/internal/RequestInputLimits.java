package vn.tinhso.access.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.tinhso.access.AuditEntry;

/**
 * The edge of the application: before anything reads them, query and form parameters are refused with 400 when
 * a name or value is longer than {@code tinhso.input.max-parameter-length} characters or holds a control
 * character other than tab and line breaks (a NUL byte would otherwise reach PostgreSQL and fail as a 500).
 * Multipart uploads are left to the import checks. Refusals are audited per source and minute.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestInputLimits extends OncePerRequestFilter {

    private final int maxLength;
    private final RepeatedFailures failures;

    RequestInputLimits(@Value("${tinhso.input.max-parameter-length:10000}") int maxLength, RepeatedFailures failures) {
        this.maxLength = maxLength;
        this.failures = failures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request.getParameterMap());
        if (problem != null) {
            failures.record(AuditEntry.of("request.refused", "request", null).withActor("anonymous")
                    .withDetail(request.getMethod() + " " + request.getRequestURI() + ": " + problem), request.getRemoteAddr());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\""
                    + problem + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the parameters, in words safe to put in JSON; null when nothing is. */
    String problem(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String shown = name.length() > 40 || hasControl(name) ? "a parameter" : "Parameter '" + name.replaceAll("[\"\\\\]", "") + "'";
            if (name.length() > maxLength || hasControl(name)) {
                return "A parameter name is too long or holds a control character.";
            }
            for (String value : parameter.getValue()) {
                if (value.length() > maxLength) {
                    return shown + " is longer than " + maxLength + " characters.";
                }
                if (hasControl(value)) {
                    return shown + " holds a control character (such as a NUL byte); remove it.";
                }
            }
        }
        return null;
    }

    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
