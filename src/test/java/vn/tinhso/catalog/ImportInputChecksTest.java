package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads are checked before PostgreSQL sees them, followed only by those entitled to, and audited even when refused. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportInputChecksTest {

    private static final String HEADER = "code,name,commune_code,households,population,as_of\n";

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    private ImportJob upload(String csv, String username) {
        return imports.runNow(new ImportRequest("villages.csv", csv.getBytes(StandardCharsets.UTF_8), "territory.villages",
                null, "Test office", username, false));
    }

    @Test
    void aTooLongCellAndAControlCharacterAreProblemsOfTheirRowsNotADatabaseError() {
        ImportJob job = upload(HEADER
                + "LEN-1," + "x".repeat(5_000) + ",07201,10,30,2024-09-30\n"
                + "NUL-1,Thôn\u0000Bắc,07201,10,30,2024-09-30\n"
                + "OK-1,Thôn Giữa,07201,10,30,2024-09-30\n", "steward");
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("name");
            assertThat(p.code()).isEqualTo("catalog.problem.tooLong");
            assertThat(p.problem()).contains("at most 1000");
        });
        assertThat(job.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.code()).isEqualTo("catalog.problem.controlCharacter");
            assertThat(p.problem()).contains("U+0000");
        });
        assertThat(job.rowsRejected()).isEqualTo(2);
    }

    @Test
    void onlyTheUploaderStewardsAndAdminsFollowAJob() throws Exception {
        long id = upload(HEADER + "OWN-1,Thôn Một,07201,10,30,2024-09-30\n", "uploader-analyst").id();
        mvc.perform(get("/api/catalog/imports/" + id).with(user("uploader-analyst").roles("ANALYST"))).andExpect(status().isOk());
        mvc.perform(get("/api/catalog/imports/" + id).with(user("some-steward").roles("DATA_STEWARD"))).andExpect(status().isOk());
        mvc.perform(get("/api/catalog/imports/" + id).with(user("some-admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/api/catalog/imports/" + id).with(user("other-analyst").roles("ANALYST"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/catalog/imports/" + id).with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/jobs/" + id).with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/jobs/" + id + "/progress").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
    }

    @Test
    void aNonMultipartPostToTheImportEndpointsIs415() throws Exception {
        mvc.perform(post("/api/catalog/imports").with(user("s").roles("DATA_STEWARD")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/catalog/imports").with(user("s").roles("DATA_STEWARD")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("source", "x"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void refusedUploadsAreAudited() throws Exception {
        mvc.perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", "refused-kind.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .param("source", "Test office").param("kind", "nope").with(user("refused-steward").roles("DATA_STEWARD")).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", "bad\u0000name.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .param("source", "Test office").with(user("refused-steward").roles("DATA_STEWARD")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/catalog/imports").file(new MockMultipartFile("file", "refused-page.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .param("source", "Test office").param("kind", "nope").with(user("refused-steward").roles("DATA_STEWARD")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select detail from access.audit_log where action = 'catalog.import.refused' and actor = 'refused-steward' order by id")
                .query(String.class).list())
                .hasSize(3)
                .anySatisfy(d -> assertThat(d).contains("Unknown import kind 'nope'"))
                .anySatisfy(d -> assertThat(d).contains("control character"));
    }
}
