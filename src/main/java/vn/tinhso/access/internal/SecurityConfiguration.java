package vn.tinhso.access.internal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.tinhso.access.AuditLog;
import vn.tinhso.access.PublicPaths;
import vn.tinhso.access.Role;

/**
 * Deny by default: only the login page, static assets, health, the OpenAPI document and the paths modules declare as
 * {@link PublicPaths} (reads only) are open; everything else needs an authenticated principal with a role, and changing data needs a role
 * other than VIEWER.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] OPEN = {
            "/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, AccountRepository accounts, AuditLog audit,
                                            RepeatedFailures failures, TokenUses uses, List<PublicPaths> publicPaths) throws Exception {
        String[] publicReads = publicPaths.stream().flatMap(p -> p.publicReads().stream()).distinct().toArray(String[]::new);
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
        // A request carrying an API token (Bearer, or Basic with a token as password) has no session to forge.
        RequestMatcher bearer = request -> ApiTokenAuthenticationFilter.secret(request.getHeader("Authorization")) != null;
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(OPEN).permitAll()
                .requestMatchers(HttpMethod.GET, publicReads.length == 0 ? OPEN : publicReads).permitAll()
                .requestMatchers(HttpMethod.HEAD, publicReads.length == 0 ? OPEN : publicReads).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(Role.all())
                .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(Role.all())
                .requestMatchers("/api/**").hasAnyRole(Role.writers())
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().hasAnyRole(Role.all()))
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                // Written only on HTTPS requests (directly or, with forwarded headers, behind a proxy).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, audit, failures, uses), BasicAuthenticationFilter.class)
            .addFilterBefore(new SessionRolesFilter(accounts, audit), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
