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
class LanguageSwitchTest {

    @Autowired MockMvc mvc;

    @Test
    void switchingTheLanguageKeepsThePageAndItsParameters() throws Exception {
        String page = mvc.perform(get(java.net.URI.create("/territory?asOf=2024-09-30&q=L%E1%BB%A5c%20Nam&lang=vi"))
                .with(user("reader").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"lang-en\" href=\"?asOf=2024-09-30&amp;q=L%E1%BB%A5c%20Nam&amp;lang=en\"")
                .contains("id=\"lang-vi\" href=\"?asOf=2024-09-30&amp;q=L%E1%BB%A5c%20Nam&amp;lang=vi\"");
    }
}
