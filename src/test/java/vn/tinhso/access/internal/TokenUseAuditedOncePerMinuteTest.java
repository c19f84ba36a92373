package vn.tinhso.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;

/**
 * A machine client's many requests in a minute: the first is audited with its request and sets the token's last use, the
 * others are counted and audited as one entry when the minute is over, so none goes unrecorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TokenUseAuditedOncePerMinuteTest {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired Accounts accounts;
    @Autowired TokenUses uses;
    @Autowired JdbcClient jdbc;

    @Test
    void theFirstUseOfAMinuteIsAuditedInFullAndTheOthersAsOneCount() throws Exception {
        accounts.createIfAbsent("minute-feed", "A feed asking often", "minute-feed-password-1", EnumSet.of(Role.VIEWER));
        var issued = tokens.issue("minute-feed", "often", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1));
        for (int i = 0; i < 3; i++)
            mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());

        assertThat(uses(issued.id())).containsExactly("GET /api/territory/units");
        assertThat(lastUsed(issued.id())).isNotNull();

        uses.flush(Instant.now().plus(TokenUses.WINDOW).plusSeconds(1), false);

        List<String> details = uses(issued.id());
        assertThat(details).hasSize(2);
        assertThat(details.get(1)).startsWith("2 more requests from ");
        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());
        assertThat(uses(issued.id())).hasSize(3).last().isEqualTo("GET /api/territory/units");
    }

    private List<String> uses(long tokenId) {
        return jdbc.sql("select detail from access.audit_log where action = 'token.use' and object_id = :id order by id")
                .param("id", Long.toString(tokenId)).query(String.class).list();
    }

    private OffsetDateTime lastUsed(long tokenId) {
        return jdbc.sql("select last_used_at from access.api_token where id = :id").param("id", tokenId).query(OffsetDateTime.class).single();
    }
}
