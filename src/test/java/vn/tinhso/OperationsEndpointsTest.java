package vn.tinhso;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OperationsEndpointsTest {

    @Autowired MockMvc mvc;

    @Test
    void healthAndReadinessIncludeTheDatabaseAndAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(user("root").roles("ADMIN")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void prometheusMetricsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("hikaricp_connections")));
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/territory/units']").exists())
                .andExpect(jsonPath("$.paths['/api/access/audit/verify']").exists());
    }

    @Test
    void anUnknownUnitIsA404ProblemWithAMessage() throws Exception {
        mvc.perform(get("/api/territory/units/99999").param("asOf", "2024-09-30").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No unit 99999 on 2024-09-30"));
    }

    @Test
    void aBadDateParameterIsA400NotA401() throws Exception {
        mvc.perform(get("/api/territory/units").param("asOf", "30/09/2024").with(user("v").roles("VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("asOf")));
    }

    @Test
    void theAuditPageListsRowsAndVerifiesTheChainForAnAdminOnly() throws Exception {
        mvc.perform(get("/audit").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("root").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(post("/audit/verify").with(user("root").roles("ADMIN")).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("intact")));
    }

    @Test
    void aServerFaultDoesNotShowItsInternalMessageButARequestErrorDoes() throws Exception {
        mvc.perform(get("/error").with(user("v").roles("VIEWER")).accept(org.springframework.http.MediaType.APPLICATION_JSON)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("relation indicators.secret_table does not exist")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret_table"))));
        mvc.perform(get("/error").with(user("v").roles("VIEWER")).accept(org.springframework.http.MediaType.APPLICATION_JSON)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, new IllegalArgumentException("period 'bad' is not a code")))
                .andExpect(content().string(Matchers.containsString("period 'bad' is not a code")));
    }
}
