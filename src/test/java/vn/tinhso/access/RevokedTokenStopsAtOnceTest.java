package vn.tinhso.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A token found valid is kept in memory for a few seconds; revoking it, or taking its role from its owner, ends that at once. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RevokedTokenStopsAtOnceTest {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired Accounts accounts;

    @Test
    void aTokenRevokedRightAfterItsUseIsRefusedOnTheNextRequest() throws Exception {
        accounts.createIfAbsent("revoke-at-once", "Revoked feed owner", "revoke-at-once-password", EnumSet.of(Role.VIEWER));
        var issued = tokens.issue("revoke-at-once", "feed", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1));
        for (int i = 0; i < 2; i++)
            mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());

        tokens.revoke("revoke-at-once", issued.id());

        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenWhoseOwnerLosesItsRoleRightAfterItsUseIsRefusedOnTheNextRequest() throws Exception {
        accounts.createIfAbsent("role-lost-at-once", "Steward then viewer", "role-lost-at-once-password",
                EnumSet.of(Role.DATA_STEWARD, Role.VIEWER));
        String secret = tokens.issue("role-lost-at-once", "steward feed", Role.DATA_STEWARD, Set.of("territory:read"), Duration.ofDays(1)).secret();
        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        accounts.changeRoles("role-lost-at-once", EnumSet.of(Role.VIEWER));

        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
    }
}
