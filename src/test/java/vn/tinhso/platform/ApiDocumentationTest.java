package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiDocumentationTest {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired Accounts accounts;

    @Test
    void aClientWithAnyValidTokenReadsTheOpenApiDocument() throws Exception {
        accounts.createIfAbsent("docs-reader", "Docs reader", "docs-reader-password", EnumSet.of(Role.VIEWER));
        String secret = tokens.issue("docs-reader", "docs", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1)).secret();
        MvcResult result = mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + secret)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theDocumentHasARealTitleAndOneTagPerModule() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("\"title\":\"TinhSo API\"").contains("\"name\":\"Indicators\"").contains("\"name\":\"Territory\"")
                .contains("\"name\":\"Catalog\"").doesNotContain("-api-controller");
    }

    @Test
    void answersAreDescribedByTheirFieldsNotAsFreeFormObjects() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("\"AnalyticsResponse\"").contains("\"ValidationReport\"").contains("\"Definitions\"")
                .contains("\"Courses\"").contains("\"metaData\"").contains("\"validationRules\"");
    }
}
