package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiTokenAccessTest {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void aSteward() {
        accounts.createIfAbsent("steward", "Data steward", "steward-password", EnumSet.of(Role.DATA_STEWARD, Role.VIEWER));
    }

    @Test
    void anonymousRequestIsRefusedAndAValidTokenIsServed() throws Exception {
        mvc.perform(get("/api/territory/units")).andExpect(status().isUnauthorized());

        String secret = tokens.issue("steward", "ministry feed", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(30)).secret();
        mvc.perform(get("/api/territory/units").param("asOf", "2024-09-30").param("level", "province")
                        .header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void theSecretIsStoredOnlyAsAHash() {
        String secret = tokens.issue("steward", "hash check", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1)).secret();
        long plain = jdbc.sql("select count(*) from access.api_token where token_hash = :s or token_prefix = :s")
                .param("s", secret).query(Long.class).single();
        assertThat(plain).isZero();
    }

    @Test
    void aTokenOnlyReachesTheModulesItsScopesName() throws Exception {
        String secret = tokens.issue("steward", "territory only", Role.DATA_STEWARD, Set.of("territory:read"), Duration.ofDays(1)).secret();
        mvc.perform(get("/api/access/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("access:read")));
    }

    @Test
    void theFirstPathSegmentNamesTheModuleAndTheDhis2AnalyticsPathIsAnAliasOfIndicators() throws Exception {
        String indicators = tokens.issue("steward", "indicators", Role.VIEWER, Set.of("indicators:read"), Duration.ofDays(1)).secret();
        String catalog = tokens.issue("steward", "catalog", Role.VIEWER, Set.of("catalog:read"), Duration.ofDays(1)).secret();
        for (String path : List.of("/api/indicators/analytics", "/api/analytics")) {
            mvc.perform(get(path).param("dx", "ECOM_SHARE").param("pe", "2024Y9M").param("ou", "24")
                            .header("Authorization", "Bearer " + indicators))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows[0].code").value("ECOM_SHARE"));
            mvc.perform(get(path).param("dx", "ECOM_SHARE").param("pe", "2024Y9M").param("ou", "24")
                            .header("Authorization", "Bearer " + catalog))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("indicators:read")));
        }
        mvc.perform(get("/api/catalog/datasets").header("Authorization", "Bearer " + catalog)).andExpect(status().isOk());
        mvc.perform(get("/api/catalog/datasets").header("Authorization", "Bearer " + indicators))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("catalog:read")));
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        var issued = tokens.issue("steward", "to revoke", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1));
        assertThat(tokens.revoke("steward", issued.id())).isTrue();
        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var issued = tokens.issue("steward", "expired", Role.VIEWER, Set.of("territory:read"), Duration.ofDays(1));
        jdbc.sql("update access.api_token set expires_at = now() - interval '1 minute' where id = :id").param("id", issued.id()).update();
        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenCannotCarryARoleItsOwnerLacks() throws Exception {
        mvc.perform(post("/api/access/tokens").with(user("steward").roles("DATA_STEWARD")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"role\":\"ADMIN\",\"scopes\":[\"territory:read\"],\"validDays\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("owner lacks")));
    }

    @Test
    void anInvalidRequestBodyReachesTheClientAsA400ProblemNotA401() throws Exception {
        mvc.perform(post("/api/access/tokens").with(user("steward").roles("DATA_STEWARD")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"role\":\"VIEWER\",\"scopes\":[],\"validDays\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3));
    }

    @Test
    void aUserIssuesListsAndRevokesOwnTokensThroughTheApi() throws Exception {
        String body = mvc.perform(post("/api/access/tokens").with(user("steward").roles("DATA_STEWARD")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"shipper\",\"role\":\"DATA_STEWARD\",\"scopes\":[\"catalog:write\"],\"validDays\":90}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("ts_")))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/access/tokens").with(user("steward").roles("DATA_STEWARD")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("shipper"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\"secret\""))));
        mvc.perform(delete("/api/access/tokens/" + id).with(user("steward").roles("DATA_STEWARD")).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void theTokenPageShowsANewSecretOnceAndThenOnlyItsPrefix() throws Exception {
        String page = mvc.perform(post("/account/tokens").with(user("steward").roles("DATA_STEWARD")).with(csrf())
                        .param("name", "camera hub").param("role", "DATA_STEWARD").param("scopes", "catalog:write")
                        .param("validDays", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*id=\"token-secret\">(ts_[A-Za-z0-9_-]+)<.*", "$1");
        assertThat(secret).startsWith("ts_").hasSizeGreaterThan(40);
        String later = mvc.perform(get("/account/tokens").with(user("steward").roles("DATA_STEWARD")))
                .andReturn().getResponse().getContentAsString();
        assertThat(later).contains("camera hub").doesNotContain(secret);
    }

    @Test
    void aScopeNamesTheModuleThatServesThePath() throws Exception {
        String catalog = tokens.issue("steward", "catalog reader", Role.DATA_STEWARD, Set.of("catalog:read"), Duration.ofDays(1)).secret();
        mvc.perform(get("/api/catalog/datasets").header("Authorization", "Bearer " + catalog)).andExpect(status().isOk());
        mvc.perform(get("/api/catalog/imports/kinds").header("Authorization", "Bearer " + catalog)).andExpect(status().isOk());
        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + catalog)).andExpect(status().isForbidden());
    }

    @Test
    void aWriteScopeAlsoReadsForEveryModuleAndForOne() throws Exception {
        String everyWrite = tokens.issue("steward", "all writer", Role.DATA_STEWARD, Set.of("*:write"), Duration.ofDays(1)).secret();
        String oneWrite = tokens.issue("steward", "territory writer", Role.DATA_STEWARD, Set.of("territory:write"), Duration.ofDays(1)).secret();
        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + everyWrite)).andExpect(status().isOk());
        mvc.perform(get("/api/territory/units").header("Authorization", "Bearer " + oneWrite)).andExpect(status().isOk());
    }

    @Test
    void aTokenCannotIssueAToken() throws Exception {
        String secret = tokens.issue("steward", "token maker", Role.DATA_STEWARD, Set.of("access:write"), Duration.ofDays(1)).secret();
        mvc.perform(post("/api/access/tokens").header("Authorization", "Bearer " + secret).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"wider\",\"role\":\"DATA_STEWARD\",\"scopes\":[\"*:read\",\"*:write\"],\"validDays\":366}"))
                .andExpect(status().isForbidden());
        assertThat(tokens.list("steward")).noneMatch(t -> t.name().equals("wider"));
    }

    @Test
    void aTokenActsOnlyWithARoleItsOwnerStillHolds() throws Exception {
        accounts.createIfAbsent("analyst-demoted", "Analyst", "analyst-password", EnumSet.of(Role.ANALYST));
        String secret = tokens.issue("analyst-demoted", "feed", Role.ANALYST, Set.of("catalog:write"), Duration.ofDays(30)).secret();
        mvc.perform(get("/api/catalog/datasets").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        accounts.changeRoles("analyst-demoted", EnumSet.of(Role.VIEWER));
        mvc.perform(get("/api/catalog/datasets").header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", "a\n1\n".getBytes()))
                        .param("source", "x").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenNameIsAtMostOneHundredCharacters() throws Exception {
        mvc.perform(post("/api/access/tokens").with(user("steward").roles("DATA_STEWARD")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "n".repeat(500_000) + "\",\"role\":\"DATA_STEWARD\",\"scopes\":[\"catalog:read\"],\"validDays\":5}"))
                .andExpect(status().isBadRequest());
        String page = mvc.perform(post("/account/tokens").with(user("steward").roles("DATA_STEWARD")).with(csrf())
                        .param("name", "n".repeat(101)).param("role", "DATA_STEWARD").param("scopes", "catalog:read"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 to 100 characters");
        assertThat(tokens.list("steward")).allMatch(t -> t.name().length() <= 100);
    }

    @Test
    void aTokenFormWithAnUnreadableLifetimeComesBackNamingTheField() throws Exception {
        String page = mvc.perform(post("/account/tokens").param("lang", "en").with(user("steward").roles("DATA_STEWARD")).with(csrf())
                        .param("name", "lifetime").param("role", "VIEWER").param("scopes", "territory:read").param("validDays", "ninety"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("validDays: not a whole number").doesNotContain("java.lang");
    }
}
