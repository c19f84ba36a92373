package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;

    @Test
    void theTokensPageSaysThereIsNoTokenYetAndPreselectsTheLeastPowerfulRole() throws Exception {
        accounts.createIfAbsent("two-roles", "Two roles", "two-roles-password", EnumSet.of(Role.ANALYST, Role.VIEWER));
        String page = mvc.perform(get("/account/tokens").with(user("two-roles").roles("ANALYST", "VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"no-tokens\"").contains("Bạn chưa có khoá API nào");
        assertThat(page).containsPattern("<option value=\"VIEWER\" selected=\"selected\">VIEWER</option>\\s*<option value=\"ANALYST\">");
    }

    @Test
    void theAuditLogShowsLocalTimeToTheSecondAndNamesActionsInWords() throws Exception {
        accounts.createIfAbsent("auditor", "Auditor", "auditor-password", EnumSet.of(Role.ADMIN));
        tokens.issue("auditor", "for the audit page", Role.ADMIN, Set.of("territory:read"), Duration.ofDays(1));
        String page = mvc.perform(get("/audit").with(user("auditor").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Cấp khoá API<").containsPattern(">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}<");
        String en = mvc.perform(get("/audit").param("lang", "en").with(user("auditor").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains(">API token issued<");
    }
}
