package vn.tinhso.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.Role;

/** Anonymous floods and hostile input: throttled, bounded and audited in a few rows. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnonymousTrafficTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired RepeatedFailures failures;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private long auditRowsFrom(String address) {
        return jdbc.sql("select count(*) from access.audit_log where address = :a or detail like :d")
                .param("a", address).param("d", "count=% more from " + address + " %").query(Long.class).single();
    }

    @Test
    void wrongPasswordsFromStrangersNeverLockTheRealUserOut() throws Exception {
        accounts.createIfAbsent("targeted", "Targeted", "right-password", EnumSet.of(Role.ADMIN));
        for (int i = 0; i < 8; i++) {
            mvc.perform(login("targeted", "guess-" + i, "203.0.113.66")).andExpect(unauthenticated());
        }
        mvc.perform(login("targeted", "right-password", "203.0.113.66"))
                .andExpect(unauthenticated());
        mvc.perform(login("targeted", "right-password", "198.51.100.7")).andExpect(authenticated());
    }

    @Test
    void aFloodOfFakeBearerTokensIsAuditedAsAFewCountedRows() throws Exception {
        for (int i = 0; i < 60; i++) {
            mvc.perform(get("/api/territory/units").header("Authorization", "Bearer ts_fake" + i).with(from("203.0.113.21")))
                    .andExpect(status().isUnauthorized());
        }
        failures.flushAll();
        List<String> details = jdbc.sql("""
                select detail from access.audit_log where action = 'token.rejected' and (address = :a or detail like :d)""")
                .param("a", "203.0.113.21").param("d", "count=% more from 203.0.113.21 %").query(String.class).list();
        // Two rows a minute (the first, then the count); four when the flood straddles a minute.
        assertThat(details).hasSizeLessThanOrEqualTo(4);
        int counted = details.stream().mapToInt(d -> d.startsWith("count=") ? Integer.parseInt(d.substring(6, d.indexOf(' '))) : 1).sum();
        assertThat(counted).isEqualTo(60);
    }

    @Test
    void aFloodOfWrongPasswordsIsAuditedAsAFewCountedRows() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(login("nobody-" + i, "guess", "203.0.113.22")).andExpect(unauthenticated());
        }
        failures.flushAll();
        assertThat(auditRowsFrom("203.0.113.22")).isBetween(1L, 4L);
    }

    @Test
    void aHugeUserNameIsRefusedAtTheEdgeAndAuditedInBrief() throws Exception {
        mvc.perform(login("u".repeat(1_000_000), "x", "203.0.113.23")).andExpect(status().isBadRequest());
        mvc.perform(login("v".repeat(5_000), "x", "203.0.113.24")).andExpect(unauthenticated());
        failures.flushAll();
        assertThat(jdbc.sql("select max(length(actor)) from access.audit_log").query(Integer.class).single())
                .isLessThanOrEqualTo(200);
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'request.refused' and address = '203.0.113.23'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNulByteInAParameterIsA400NotA500() throws Exception {
        List<String[]> requests = List.of(new String[] {"/api/territory/units", "q", "a\u0000b"},
                new String[] {"/api/territory/units", "within", "24\u0000"}, new String[] {"/api/territory/units", "level", "province\u0000"},
                new String[] {"/api/territory/villages", "within", "\u0000"}, new String[] {"/api/access/audit", "actor", "admin\u0000"});
        for (String[] r : requests) {
            mvc.perform(get(r[0]).param(r[1], r[2]).with(user("x").roles("ADMIN"))).andExpect(status().isBadRequest());
        }
    }

    @Test
    void theLastPossiblePageIsEmptyNotA500() throws Exception {
        mvc.perform(get("/api/territory/units").param("page", "2147483647").with(user("x").roles("VIEWER")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/access/audit").param("page", "2147483647").with(user("x").roles("ADMIN")))
                .andExpect(status().isOk());
    }
}
