package vn.tinhso.hub;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SqlWorkbenchPagesTest {

    @Autowired MockMvc mvc;

    @Test
    void thePageIsInBothLanguagesForAnalystsAndAdmins() throws Exception {
        mvc.perform(get("/hub/sql").with(user("a").roles("ANALYST"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("SQL chỉ đọc cho chuyên viên phân tích")));
        mvc.perform(get("/hub/sql?lang=en").with(user("b").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Read-only SQL for analysts")));
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        mvc.perform(get("/hub/sql").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/hub/sql").with(user("s").roles("DATA_STEWARD")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"sql\":\"select 1\"}")).andExpect(status().isForbidden());
    }

    @Test
    void theApiReturnsColumnsAndRows() throws Exception {
        mvc.perform(post("/api/hub/sql").with(user("a").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sql\":\"select 7 as seven, 'x' as label\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0].name").value("seven"))
                .andExpect(jsonPath("$.columns[0].numeric").value(true))
                .andExpect(jsonPath("$.rows[0][0]").value(7))
                .andExpect(jsonPath("$.rows[0][1]").value("x"));
    }

    @Test
    void theApiPassesOnTheDatabaseRefusal() throws Exception {
        mvc.perform(post("/api/hub/sql").with(user("a").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sql\":\"delete from analytics_views.enterprises\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.sqlState").value("42501"));
    }

    @Test
    void aSavedSharedQueryIsListedOnThePage() throws Exception {
        mvc.perform(post("/hub/sql/saved").with(user("a").roles("ANALYST")).with(csrf())
                        .param("title", "Doanh nghiệp theo ngành (pages test)").param("sql", "select vsic, count(*) from analytics_views.enterprises group by 1")
                        .param("shared", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/hub/sql").with(user("other").roles("ANALYST"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Doanh nghiệp theo ngành (pages test)")));
    }

    @Test
    void theCsvIsADownload() throws Exception {
        mvc.perform(post("/hub/sql/csv").with(user("a").roles("ANALYST")).with(csrf()).param("sql", "select 1 as one, '=cmd' as f"))
                .andExpect(status().isOk())
                .andExpect(content().string("one,f\r\n1,'=cmd\r\n"));
    }
}
