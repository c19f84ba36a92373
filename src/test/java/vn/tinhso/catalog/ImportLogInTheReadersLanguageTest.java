package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
class ImportLogInTheReadersLanguageTest {

    @Autowired Imports imports;
    @Autowired WebApplicationContext context;

    @Test
    void theVersionPageSaysTheProcessingLogInTheReadersLanguageAndTheApiKeepsEnglish() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        ImportJob job = imports.runNow(new ImportRequest("log.csv", "element,unit,period,value\nRETAIL_SALES,213,202506,5\n"
                .getBytes(StandardCharsets.UTF_8), "indicators.data-values", "Log language test", "Log office", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(job.log()).contains("1 rows read: 1 good, 0 with problems.").contains("Committed: ");

        mvc.perform(get("/catalog/versions/" + job.id()).with(user("steward").roles("DATA_STEWARD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã đọc 1 dòng: 1 hợp lệ, 0 có lỗi.")))
                .andExpect(content().string(containsString("Đã ghi: ")))
                .andExpect(content().string(not(containsString("rows read:"))));
        mvc.perform(get("/catalog/versions/" + job.id()).param("lang", "en").with(user("steward").roles("DATA_STEWARD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 rows read: 1 good, 0 with problems.")));
    }
}
