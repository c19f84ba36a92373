package vn.tinhso.catalog;

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
class UploadPageTest {

    @Autowired MockMvc mvc;

    @Test
    void theUploadPageAcceptsAdxXmlNamesTheFormatsItReadsAndTheKindsInWords() throws Exception {
        String page = mvc.perform(get("/catalog/imports/new").with(user("steward").roles("DATA_STEWARD")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("accept=\"[^\"]*\\.xml").contains("DHIS2 JSON").contains("ADX (XML)")
                .contains(">Số liệu chỉ tiêu (giá trị dữ liệu)</option>").doesNotContain(">indicators.data-values<");
    }
}
