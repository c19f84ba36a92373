package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Malformed requests answer 4xx with a reason: a problem detail on the API, the error page's message on pages; never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BadInputAnswersClearlyTest {

    @Autowired MockMvc mvc;

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String role) throws Exception {
        return mvc.perform(request.with(user("x").roles(role)).with(csrf())).andReturn();
    }

    @Test
    void malformedApiRequestsAnswerAProblemDetailWithTheirStatus() throws Exception {
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/api/indicators/analytics?dx=ECOM_SHARE&pe=2024XX", 400);
        expected.put("/api/indicators/analytics?dx=ECOM_SHARE&pe=2024-13-01/P1M", 400);
        expected.put("/api/indicators/analytics?dx=ECOM_SHARE&pe=2024-01-01/P0M", 400);
        expected.put("/api/indicators/analytics?dx=ECOM_SHARE&pe=2024&ou=nope", 404);
        expected.put("/api/indicators/analytics?dx=NOPE&pe=2024", 404);
        expected.put("/api/indicators/analytics?dx=,&pe=2024", 400);
        expected.put("/api/indicators/analytics?dx=ECOM_SHARE&pe=2024&ouLevel=galaxy", 400);
        expected.put("/api/indicators/analytics?dx=ECOM_SHARE&pe=2024&boundaries=x", 400);
        expected.put("/api/indicators/analytics?dx=ECOM_SHARE&pe=2024&knownOn=bad", 400);
        expected.put("/api/territory/units?asOf=bad", 400);
        expected.put("/api/territory/units/nope", 404);
        expected.put("/api/territory/recast?from=2024-01-01&to=2025-07-01&value=abc", 400);
        expected.put("/api/indicators/targets?pe=bad", 400);
        expected.put("/api/indicators/data-values?element=RETAIL_SALES&pe=2024-02-30/P1M", 400);
        List<String> failures = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            MvcResult result = perform(get(entry.getKey()), "VIEWER");
            if (result.getResponse().getStatus() != entry.getValue()
                    || !String.valueOf(result.getResponse().getContentType()).startsWith("application/problem+json")) {
                failures.add(entry.getKey() + " answered " + result.getResponse().getStatus() + " " + result.getResponse().getContentType());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anEmptyFileOrAnUnknownKindIsRefusedWithAReason() throws Exception {
        MvcResult empty = perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
                .param("source", "Test office"), "DATA_STEWARD");
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(empty.getResponse().getContentAsString()).contains("empty");
        MvcResult unknown = perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                .param("source", "Test office").param("kind", "nope"), "DATA_STEWARD");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(unknown.getResponse().getContentAsString()).contains("Unknown import kind 'nope'");
    }

    @Test
    void aBrokenFileOfANamedSpecialFormatIsRecordedAsAFailedVersionWithTheReason() throws Exception {
        MvcResult broken = perform(multipart("/api/catalog/imports")
                .file(new MockMultipartFile("file", "values.json", "application/json", "{\"dataValues\": [".getBytes()))
                .param("source", "Test office").param("kind", "indicators.data-values"), "DATA_STEWARD");
        assertThat(broken.getResponse().getStatus()).isEqualTo(202);
        assertThat(broken.getResponse().getContentAsString()).contains("\"status\":\"FAILED\"").contains("cannot be read");
    }

    @Test
    void indicatorPagesWithAWrongPeriodUnitOrCodeAnswer400Or404WithTheReason() throws Exception {
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/indicators?pe=bad", 400);
        expected.put("/indicators?dx=NOPE", 404);
        expected.put("/indicators?ou=nope", 404);
        expected.put("/indicators/NOPE", 404);
        expected.put("/indicators/targets?pe=bad", 400);
        expected.put("/indicators/scorecards?pe=bad", 400);
        expected.put("/indicators/scorecards?code=NOPE", 404);
        expected.put("/indicators/quality?pe=bad", 400);
        expected.put("/indicators/quality?ou=nope", 404);
        List<String> failures = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            try {
                MvcResult result = perform(get(entry.getKey()), "VIEWER");
                if (result.getResponse().getStatus() != entry.getValue() || result.getResponse().getErrorMessage() == null) {
                    failures.add(entry.getKey() + " answered " + result.getResponse().getStatus());
                }
            } catch (Exception e) {
                failures.add(entry.getKey() + " threw " + e);
            }
        }
        assertThat(failures).isEmpty();
    }
}
