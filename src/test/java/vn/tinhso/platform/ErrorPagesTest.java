package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * MockMvc does not forward to /error as the servlet container does, so these tests first make the
 * request that fails, then call /error with the attributes the container would set.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ErrorPagesTest {

    @Autowired MockMvc mvc;

    private MvcResult errorPageFor(MvcResult failed, MediaType accept, String lang) throws Exception {
        var request = get("/error").accept(accept).with(user("reader").roles("VIEWER"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, failed.getResponse().getStatus())
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failed.getRequest().getRequestURI())
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, String.valueOf(failed.getResponse().getErrorMessage()));
        if (failed.getResolvedException() != null) request.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failed.getResolvedException());
        if (lang != null) request.param("lang", lang);
        return mvc.perform(request).andReturn();
    }

    @Test
    void aDirectVisitToTheErrorAddressIsANotFoundPageNotAServerError() throws Exception {
        MvcResult page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(404);
        assertThat(page.getResponse().getContentAsString()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
        MvcResult api = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aBadDateInAPageAddressShowsTheLayoutAndTheParameterWithoutJavaTypeNames() throws Exception {
        MvcResult failed = mvc.perform(get("/territory").param("asOf", "not-a-date").with(user("reader").roles("VIEWER"))).andReturn();
        assertThat(failed.getResponse().getStatus()).isEqualTo(400);
        String page = errorPageFor(failed, MediaType.TEXT_HTML, null).getResponse().getContentAsString();
        assertThat(page).contains("Yêu cầu không hợp lệ").contains("asOf").contains("not-a-date")
                .contains("class=\"topbar\"").doesNotContain("java.").doesNotContain("Whitelabel");
    }

    @Test
    void aMissingRecordSaysSoInTheReadersLanguageWithAWayHome() throws Exception {
        MvcResult failed = mvc.perform(get("/indicators/NOPE").with(user("reader").roles("VIEWER"))).andReturn();
        assertThat(failed.getResponse().getStatus()).isEqualTo(404);
        MvcResult vi = errorPageFor(failed, MediaType.TEXT_HTML, "vi");
        assertThat(vi.getResponse().getStatus()).isEqualTo(404);
        assertThat(vi.getResponse().getContentAsString()).contains("Không tìm thấy trang").contains("NOPE").contains("id=\"error-home\"");
        MvcResult en = errorPageFor(failed, MediaType.TEXT_HTML, "en");
        assertThat(en.getResponse().getContentAsString()).contains("Page not found").contains("lang=\"en\"");
    }

    @Test
    void aRecordMissingBehindAModulesPageIsANotFoundPageWithoutAnAdviceOfTheModulesOwn() throws Exception {
        MvcResult failed = mvc.perform(get("/alerts/incidents/{id}", Long.MAX_VALUE).with(user("soc").roles("SOC_ANALYST"))).andReturn();
        assertThat(failed.getResponse().getStatus()).isEqualTo(404);
        assertThat(failed.getResponse().getErrorMessage()).contains("No incident");
        MvcResult page = errorPageFor(failed, MediaType.TEXT_HTML, "en");
        assertThat(page.getResponse().getContentAsString()).contains("Page not found").contains("class=\"topbar\"");
    }

    @Test
    void aServerFaultShowsNoInternalsAndApiClientsStillGetAProblemDetail() throws Exception {
        var fault = get("/error").accept(MediaType.TEXT_HTML).with(user("reader").roles("VIEWER"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("select * from secret_table"));
        String page = mvc.perform(fault).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Có lỗi ở máy chủ").doesNotContain("secret_table");
        MvcResult api = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403).requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/catalog/imports")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
    }
}
