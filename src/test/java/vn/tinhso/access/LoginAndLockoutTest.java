package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.EnumSet;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginAndLockoutTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        accounts.createIfAbsent("hashcheck", "Hash check", "plain-secret", EnumSet.of(Role.VIEWER));
        String stored = jdbc.sql("select password_hash from access.account where username = 'hashcheck'").query(String.class).single();
        assertThat(stored).startsWith("$2").doesNotContain("plain-secret");
    }

    @Test
    void loginsAndFailedLoginsAreAudited() throws Exception {
        accounts.createIfAbsent("audited", "Audited", "right-password", EnumSet.of(Role.ANALYST));
        // From an address of its own: failures from one address within a minute are audited as one counted row.
        mvc.perform(post("/login").param("username", "audited").param("password", "wrong").with(csrf()).with(r -> {
            r.setRemoteAddr("192.0.2.44");
            return r;
        })).andExpect(unauthenticated());
        mvc.perform(formLogin().user("audited").password("right-password")).andExpect(authenticated());
        assertThat(jdbc.sql("select action from access.audit_log where object_id = 'audited' and action like 'login%' order by id")
                .query(String.class).list()).containsSubsequence("login.failed", "login");
    }

    @Test
    void afterRepeatedWrongPasswordsTheSameAddressWaitsEvenWithTheRightOne() throws Exception {
        accounts.createIfAbsent("guessed", "Guessed", "right-password", EnumSet.of(Role.VIEWER));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("guessed").password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("guessed").password("right-password")).andExpect(unauthenticated());
        assertThat(jdbc.sql("select count(*) from access.account where username = 'guessed' and locked_until is not null")
                .query(Long.class).single()).as("the account itself is not locked").isZero();
    }

    @Test
    void aRoleChangeEndsTheUsersWebSessions() throws Exception {
        accounts.createIfAbsent("demoted", "Demoted", "right-password", EnumSet.of(Role.ANALYST));
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(formLogin().user("demoted").password("right-password"))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());
        accounts.changeRoles("demoted", EnumSet.of(Role.VIEWER));
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void anAnonymousVisitorKeepsTheSessionThatHoldsTheLoginFormsCsrfToken() throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();
        mvc.perform(get("/css/tinhso.css").session(session));
        assertThat(session.isInvalid()).isFalse();
    }
}
