package vn.tinhso.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
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

/** vn.tinhso.sample lives only in the test sources and no shared file names it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SampleModuleTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired Accounts accounts;

    @Test
    void itsNavigationEntryHeadlineCardAndTextsAppearOnTheHomePage() throws Exception {
        String vi = mvc.perform(get("/").param("lang", "vi").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("id=\"nav-api-sample-greetings\"", ">Mẫu</a>", "id=\"card-sample\"", "Lời chào mẫu");
        String card = vi.substring(vi.indexOf("id=\"card-sample\""), vi.indexOf("</article>", vi.indexOf("id=\"card-sample\"")));
        assertThat(card).contains("<p class=\"value\">2</p>", "ngày 01/01/2025");

        String en = mvc.perform(get("/").param("lang", "en").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains(">Sample</a>", "Sample greetings");
        // The sample depends on dashboard only, so it comes before every module that uses more.
        assertThat(en.indexOf("id=\"nav-api-sample-greetings\"")).isLessThan(en.indexOf("id=\"nav-workforce\""));
    }

    @Test
    void itsMigrationRanWithItsOwnHistoryTable() {
        assertThat(jdbc.sql("select version from flyway_history_sample where success and version <> '0' order by installed_rank")
                .query(String.class).list()).containsExactly("1");
        assertThat(jdbc.sql("select version from flyway_history_catalog where success").query(String.class).list())
                .contains("3.1", "3.2", "3.3");
        assertThat(jdbc.sql("select to_regclass('flyway_schema_history') is null").query(Boolean.class).single()).isTrue();
    }

    @Test
    void itsApiPathIsReachedByATokenScopedToTheModule() throws Exception {
        accounts.createIfAbsent("sampler", "Sample reader", "sampler-password", EnumSet.of(Role.VIEWER));
        String sample = tokens.issue("sampler", "sample", Role.VIEWER, Set.of("sample:read"), Duration.ofDays(1)).secret();
        String territory = tokens.issue("sampler", "territory", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1)).secret();

        mvc.perform(get("/api/sample/greetings").header("Authorization", "Bearer " + sample))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].text").value("chào buổi sáng"));
        mvc.perform(get("/api/sample/greetings").header("Authorization", "Bearer " + territory))
                .andExpect(status().isForbidden());
    }
}
