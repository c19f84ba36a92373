package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.EnumSet;

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
        mvc.perform(formLogin().user("audited").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin().user("audited").password("right-password")).andExpect(authenticated());
        assertThat(jdbc.sql("select action from access.audit_log where object_id = 'audited' and action like 'login%' order by id")
                .query(String.class).list()).containsSubsequence("login.failed", "login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        accounts.createIfAbsent("guessed", "Guessed", "right-password", EnumSet.of(Role.VIEWER));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("guessed").password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("guessed").password("right-password")).andExpect(unauthenticated());
        assertThat(jdbc.sql("select count(*) from access.audit_log where object_id = 'guessed' and detail = 'LockedException'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
