package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LayoutTest {

    @Autowired MockMvc mvc;

    @Test
    void everyPageLinksAFaviconThatAnonymousVisitorsGetAndTheApiDocumentation() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("rel=\"icon\" type=\"image/svg+xml\" href=\"/images/favicon.svg\"");
        assertThat(mvc.perform(get("/images/favicon.svg")).andReturn().getResponse().getStatus()).isEqualTo(200);
        String page = mvc.perform(get("/territory").with(user("reader").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"api-docs\" href=\"/swagger-ui.html\"");
    }
}
