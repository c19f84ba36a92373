package vn.tinhso.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.tinhso.access.AuditLog;
import vn.tinhso.access.AuditRecord;

/** A data steward enters a programme, a course and a session through the API and the forms; others cannot. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkforceAdministrationTest {

    private static final RequestPostProcessor STEWARD = user("s").roles("DATA_STEWARD");

    @Autowired MockMvc mvc;
    @Autowired AuditLog audit;

    /** Codes unique to one test run: the shared context keeps its database between classes. */
    private static String code(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private void createProgramme(String programme) throws Exception {
        mvc.perform(json(post("/api/workforce/programmes"), """
                {"code": "%s", "name": "Đề án chuyển đổi số cấp xã", "nameEn": "Commune digital transformation scheme",
                 "startsOn": "2024-01-01", "endsOn": "2030-12-31", "legalSource": "Kế hoạch của UBND tỉnh",
                 "targets": [{"measure": "CITIZENS_TRAINED", "year": 2025, "value": 1200}]}""".formatted(programme)).with(STEWARD))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(programme))
                .andExpect(jsonPath("$.progress[0].measure").value("CITIZENS_TRAINED"))
                .andExpect(jsonPath("$.progress[0].target").value(1200));
    }

    private void createCourse(String course, String programme) throws Exception {
        mvc.perform(json(post("/api/workforce/courses"), """
                {"code": "%s", "programme": "%s", "title": "Kỹ năng số cho tổ công nghệ số cộng đồng",
                 "titleEn": "Digital skills for community digital teams", "topic": "digital_skills", "organiser": "Sở Khoa học và Công nghệ"}"""
                .formatted(course, programme)).with(STEWARD))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programme").value(programme))
                .andExpect(jsonPath("$.sessions").value(0));
    }

    private String session(String course, String commune) {
        return """
                {"course": "%s", "startsOn": "2024-03-04", "endsOn": "2024-03-06", "communeCode": "%s", "capacity": 40}"""
                .formatted(course, commune);
    }

    @Test
    void aStewardCreatesAProgrammeACourseAndASessionAndSeesThemOnThePageAndInTheApi() throws Exception {
        String programme = code("P");
        String course = code("C");
        createProgramme(programme);
        createCourse(course, programme);
        mvc.perform(json(post("/api/workforce/sessions"), session(course, "07201")).with(STEWARD))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.communeCode").value("07201"))
                .andExpect(jsonPath("$.capacity").value(40))
                .andExpect(jsonPath("$.enrolled").value(0));

        mvc.perform(get("/api/workforce/programmes").with(user("a").roles("ANALYST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem(programme)));
        mvc.perform(get("/api/workforce/courses").param("programme", programme).with(user("a").roles("ANALYST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.courses[0].code").value(course))
                .andExpect(jsonPath("$.courses[0].sessions").value(1));
        mvc.perform(get("/api/workforce/sessions").param("course", course).with(user("a").roles("ANALYST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].startsOn").value("2024-03-04"));

        mvc.perform(get("/workforce").with(STEWARD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"programme-" + programme + "\"")))
                .andExpect(content().string(containsString("Đề án chuyển đổi số cấp xã")))
                .andExpect(content().string(containsString("id=\"course-" + course + "\"")))
                .andExpect(content().string(containsString("href=\"/workforce/programmes/new\"")))
                .andExpect(content().string(containsString("class=\"progress\"")));
        mvc.perform(get("/workforce/courses/" + course).with(STEWARD))
                .andExpect(status().isOk()).andExpect(content().string(containsString("07201")));
    }

    @Test
    void theFormsAreOnlyOfferedToStewardsAndAdministrators() throws Exception {
        mvc.perform(get("/workforce").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/workforce/programmes/new"))));
        mvc.perform(get("/workforce").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/workforce/programmes/new")));
        mvc.perform(get("/workforce/programmes/new").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/workforce/programmes").param("code", code("V")).with(csrf()).with(user("a").roles("ANALYST")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStewardUsesTheFormsToAddAndEdit() throws Exception {
        String programme = code("FP");
        String course = code("FC");
        mvc.perform(post("/workforce/programmes").with(csrf()).with(STEWARD)
                        .param("code", programme).param("name", "Đề án thử").param("nameEn", "Trial scheme")
                        .param("startsOn", "2024-01-01").param("endsOn", "2026-12-31").param("legalSource", "")
                        .param("measure", "CERTIFICATES", "", "").param("year", "2025", "", "").param("value", "300", "", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/workforce#programme-*"));
        mvc.perform(post("/workforce/courses").with(csrf()).with(STEWARD)
                        .param("code", course).param("programme", programme).param("title", "An toàn thông tin")
                        .param("titleEn", "Information security").param("topic", "security_awareness").param("organiser", "Sở Khoa học và Công nghệ"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workforce/sessions").with(csrf()).with(STEWARD)
                        .param("course", course).param("startsOn", "2024-05-06").param("endsOn", "").param("communeCode", "99999").param("capacity", "30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("communeCode")))
                .andExpect(content().string(containsString("Chưa lưu được")))
                .andExpect(content().string(containsString("<option value=\"07201\"")));
        mvc.perform(post("/workforce/sessions").with(csrf()).with(STEWARD)
                        .param("course", course).param("startsOn", "2024-05-06").param("endsOn", "").param("communeCode", "07201").param("capacity", "30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/workforce/courses/" + course).with(STEWARD))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2024-05-06")))
                .andExpect(content().string(containsString("/workforce/sessions/new?course=" + course)));
        for (String form : new String[] {"/workforce/programmes/new", "/workforce/courses/new?programme=" + programme,
                "/workforce/courses/" + course + "/edit", "/workforce/sessions/new?course=" + course})
            mvc.perform(get(form).with(STEWARD)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post("/workforce/programmes/" + programme).with(csrf()).with(STEWARD)
                        .param("name", "Đề án thử (sửa)").param("nameEn", "Trial scheme (edited)")
                        .param("startsOn", "2024-01-01").param("endsOn", "2026-12-31")
                        .param("measure", "CERTIFICATES").param("year", "2026").param("value", "500"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/workforce/programmes/" + programme).with(STEWARD))
                .andExpect(jsonPath("$.name").value("Đề án thử (sửa)"))
                .andExpect(jsonPath("$.progress.length()").value(1))
                .andExpect(jsonPath("$.progress[0].year").value(2026));
        mvc.perform(get("/workforce/programmes/" + programme + "/edit").with(STEWARD))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đề án thử (sửa)")));
    }

    @Test
    void aSessionInAnUnknownCommuneIsRefusedNamingTheField() throws Exception {
        String programme = code("P");
        String course = code("C");
        createProgramme(programme);
        createCourse(course, programme);
        mvc.perform(json(post("/api/workforce/sessions"), session(course, "99999")).with(STEWARD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("communeCode")));
        mvc.perform(json(post("/api/workforce/sessions"), """
                {"course": "%s", "startsOn": "2024-03-04", "communeCode": "07201", "capacity": 0}""".formatted(course)).with(STEWARD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capacity"));
        mvc.perform(json(post("/api/workforce/courses"), """
                {"code": "%s", "programme": "%s", "title": "x", "titleEn": "x", "topic": "cooking", "organiser": "x"}"""
                .formatted(code("C"), programme)).with(STEWARD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("topic")));
        mvc.perform(get("/api/workforce/sessions").param("course", course).with(STEWARD))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aViewerCannotCreateOrChangeAnything() throws Exception {
        RequestPostProcessor viewer = user("v").roles("VIEWER");
        String programme = code("P");
        mvc.perform(json(post("/api/workforce/programmes"), """
                {"code": "%s", "name": "x", "nameEn": "x", "startsOn": "2024-01-01", "endsOn": "2025-12-31"}""".formatted(programme))
                        .with(viewer))
                .andExpect(status().isForbidden());
        // An analyst passes the URL rule for API writes; the method's own rule refuses.
        mvc.perform(json(post("/api/workforce/programmes"), """
                {"code": "%s", "name": "x", "nameEn": "x", "startsOn": "2024-01-01", "endsOn": "2025-12-31"}""".formatted(programme))
                        .with(user("a").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/workforce/sessions/1"), session("KNS-CBCC", "07201")).with(viewer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/workforce/programmes/" + programme).with(viewer)).andExpect(status().isNotFound());
    }

    @Test
    void creatingAndChangingAreAudited() throws Exception {
        String programme = code("P");
        String course = code("C");
        createProgramme(programme);
        createCourse(course, programme);
        String id = mvc.perform(json(post("/api/workforce/sessions"), session(course, "07201")).with(STEWARD))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1");
        mvc.perform(json(put("/api/workforce/sessions/" + id), """
                {"course": "%s", "startsOn": "2024-03-04", "communeCode": "07201", "capacity": 25}""".formatted(course)).with(STEWARD))
                .andExpect(status().isOk()).andExpect(jsonPath("$.capacity").value(25)).andExpect(jsonPath("$.endsOn").value("2024-03-04"));

        var mine = audit.recent("s", 0, 200).items();
        assertThat(mine).extracting(AuditRecord::action, AuditRecord::objectId).contains(
                org.assertj.core.groups.Tuple.tuple("workforce.programme.create", programme),
                org.assertj.core.groups.Tuple.tuple("workforce.course.create", course),
                org.assertj.core.groups.Tuple.tuple("workforce.session.create", id),
                org.assertj.core.groups.Tuple.tuple("workforce.session.update", id));
    }

    @Test
    void valuesTheFormCannotConvertComeBackOnTheFormNamingTheFieldInTheReadersLanguage() throws Exception {
        String programme = code("FX");
        mvc.perform(post("/workforce/programmes").with(csrf()).with(STEWARD)
                        .param("code", programme).param("name", "Đề án").param("nameEn", "Scheme")
                        .param("startsOn", "01/02/2024").param("endsOn", "2026-12-31")
                        .param("measure", "CERTIFICATES", "").param("year", "hai nghìn", "").param("value", "300", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("startsOn: không phải ngày (yyyy-mm-dd)")))
                .andExpect(content().string(containsString("year: một dòng có giá trị không phải số nguyên")))
                .andExpect(content().string(containsString("value=\"Đề án\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("must not be null"))));
        mvc.perform(post("/workforce/sessions").param("lang", "en").with(csrf()).with(STEWARD)
                        .param("course", "ANY").param("startsOn", "2024-05-06").param("communeCode", "07201").param("capacity", "ba mươi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("capacity: not a whole number")));
        mvc.perform(get("/api/workforce/programmes/" + programme).with(STEWARD)).andExpect(status().isNotFound());
    }
}
