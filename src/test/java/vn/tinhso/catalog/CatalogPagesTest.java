package vn.tinhso.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class CatalogPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;

    @Test
    void anUploadThroughTheFormLeadsToTheJobPageAndTheVersionPageShowsTheReport() throws Exception {
        byte[] file = "code,name,commune_code,households,population\nPG-1,Thôn Một,98765,10,30\n".getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/catalog/imports").file(new MockMultipartFile("file", "pg.csv", "text/csv", file))
                        .param("source", "Test office").param("kind", "territory.villages").param("dataset", "Page test villages")
                        .with(csrf()).with(testSecurityContext()))
                .andExpect(redirectedUrlPattern("/catalog/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ImportJobs.awaitFinished(imports, id);

        mvc.perform(get(location).with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("width:100%")))
                .andExpect(content().string(containsString("/catalog/versions/" + id)));
        mvc.perform(get(location + "/progress").with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("progress-bar")));
        mvc.perform(get("/catalog/versions/" + id).with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có đơn vị cấp xã 98765")))
                .andExpect(content().string(containsString("Test office")));
        mvc.perform(get("/catalog").with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Page test villages")));
        mvc.perform(get("/catalog/imports/new").with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("territory.villages")));
    }

    @Test
    void aFileWhoseKindCannotBeRecognisedIsRefusedOnTheForm() throws Exception {
        mvc.perform(multipart("/catalog/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .param("source", "Test office").with(csrf()).with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No import kind matches")));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerCannotOpenTheUploadForm() throws Exception {
        mvc.perform(get("/catalog/imports/new").with(testSecurityContext())).andExpect(status().isForbidden());
    }
}
