package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A file with thousands of bad rows: the error list pages past the first thousand and downloads in full. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = {"ANALYST", "DATA_STEWARD"})
class EveryProblemIsKeptTest {

    @Autowired Imports imports;
    @Autowired MockMvc mvc;

    @Test
    void theErrorListOfARefusedFilePagesPastTheFirstThousandAndDownloadsWhole() throws Exception {
        StringBuilder csv = new StringBuilder("element,unit,period,value\n");
        for (int i = 0; i < 2500; i++) csv.append("NO_SUCH_ELEMENT_").append(i).append(",07201,202303,1\n");
        ImportJob job = imports.runNow(new ImportRequest("many-bad-rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "indicators.data-values", "Bad rows", "test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).hasSize(1001); // the first thousand and a line saying how many more

        String third = mvc.perform(get("/catalog/versions/" + job.id()).param("page", "2").param("lang", "en").with(testSecurityContext()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(third).contains("Page 3 of 3").contains("NO_SUCH_ELEMENT_2499").doesNotContain("NO_SUCH_ELEMENT_1999<")
                .contains("Problems (2,500)");

        MvcResult download = mvc.perform(get("/catalog/versions/" + job.id() + "/problems.csv").param("lang", "en")
                .with(testSecurityContext())).andReturn();
        String all = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(download))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all.lines()).hasSize(2501);
        assertThat(all).startsWith("\uFEFFline,column,problem\n").contains("\n2501,\"element\",").contains("NO_SUCH_ELEMENT_2499");
    }
}
