package vn.tinhso.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Events hold user names and addresses: only the SOC and administrators search them, and every search is audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EventSearchIsForSocRolesOnlyTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void viewersAndStatisticsAnalystsAreRefusedAndAnAdministratorsSearchIsAudited() throws Exception {
        for (String role : new String[] {"VIEWER", "ANALYST", "CAMERA_OPERATOR"}) {
            mvc.perform(get("/api/streams/search").with(user("no-soc").roles(role))).andExpect(status().isForbidden());
            mvc.perform(get("/streams/search").with(user("no-soc").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/streams/search")).andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'streams.search' and actor = 'no-soc'")
                .query(Long.class).single()).isZero();

        String marker = "audit-marker-" + System.nanoTime();
        mvc.perform(get("/api/streams/search").param("q", marker).with(user("admin-searcher").roles("ADMIN")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select detail from access.audit_log where action = 'streams.search' and actor = 'admin-searcher'")
                .query(String.class).list()).anyMatch(d -> d.contains("q=" + marker));
    }
}
