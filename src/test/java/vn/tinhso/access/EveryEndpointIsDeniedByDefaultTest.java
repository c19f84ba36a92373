package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Walks every registered endpoint: nothing answers an anonymous caller, and a VIEWER changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EveryEndpointIsDeniedByDefaultTest {

    /** Open on purpose: the login page and the OpenAPI document. */
    private static final List<String> OPEN = List.of("/login", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/error");

    @Autowired MockMvc mvc;
    @Autowired List<PublicPaths> publicPaths;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path) {
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods();
            List<RequestMethod> verbs = methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : List.copyOf(methods);
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                for (RequestMethod verb : verbs) {
                    all.add(new Endpoint(HttpMethod.valueOf(verb.name()), path));
                }
            }
        }
        return all;
    }

    @Test
    void theWalkFindsTheApplicationsEndpoints() {
        assertThat(endpoints()).extracting(Endpoint::path).contains("/api/territory/units", "/api/access/audit/verify", "/api/access/tokens", "/");
    }

    @Test
    void anonymousRequestsAreRefusedEverywhereButTheOpenPages() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (OPEN.contains(endpoint.path()) || declaredPublicRead(endpoint)) {
                continue;
            }
            MvcResult result = mvc.perform(request(endpoint.method(), endpoint.path()).with(csrf())).andReturn();
            int status = result.getResponse().getStatus();
            if (endpoint.path().startsWith("/api/")) {
                if (status != 401) {
                    failures.add(endpoint + " answered " + status + " instead of 401");
                }
            } else if (status != 302 || !String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login")) {
                failures.add(endpoint + " answered " + status + " instead of a redirect to /login");
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A read a module opens on purpose through {@link PublicPaths} (open data); writes there still need a role. */
    private boolean declaredPublicRead(Endpoint endpoint) {
        boolean read = endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.HEAD;
        return read && publicPaths.stream().flatMap(p -> p.publicReads().stream()).anyMatch(pattern -> PATHS.match(pattern, endpoint.path()));
    }

    private static final org.springframework.util.AntPathMatcher PATHS = new org.springframework.util.AntPathMatcher();

    @Test
    void theOnlyPublicReadsAreOpenData() {
        assertThat(publicPaths.stream().flatMap(p -> p.publicReads().stream())).allMatch(p -> p.startsWith("/api/hub/open/"));
    }

    @Test
    void aViewerCannotCallAnyWriteEndpoint() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            boolean write = endpoint.method() != HttpMethod.GET && endpoint.method() != HttpMethod.HEAD;
            if (!write || !endpoint.path().startsWith("/api/")) {
                continue;
            }
            int status = mvc.perform(request(endpoint.method(), endpoint.path()).with(csrf())
                    .with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getStatus();
            if (status != 403) {
                failures.add(endpoint + " answered " + status + " to a VIEWER instead of 403");
            }
        }
        assertThat(failures).isEmpty();
    }
}
