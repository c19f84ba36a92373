package vn.tinhso.indicators.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api/analytics} is the path DHIS2 clients know; it is served as {@code /api/indicators/analytics}. The request
 * is renamed before security sees it, so a token needs {@code indicators:read} for either path.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsAlias {

    static final String ALIAS = "/api/analytics";
    static final String PATH = "/api/indicators/analytics";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> analyticsAliasFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !path.equals(ALIAS) && !path.startsWith(ALIAS + "/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new Renamed(request), response);
            }
        });
        registration.addUrlPatterns(ALIAS, ALIAS + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class Renamed extends HttpServletRequestWrapper {

        private final String uri;

        Renamed(HttpServletRequest request) {
            super(request);
            this.uri = request.getContextPath() + PATH + request.getRequestURI().substring(request.getContextPath().length() + ALIAS.length());
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public String getServletPath() {
            return uri.substring(getContextPath().length());
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(super.getRequestURL());
            int at = url.indexOf(ALIAS);
            return at < 0 ? url : url.replace(at, at + ALIAS.length(), PATH);
        }
    }
}
