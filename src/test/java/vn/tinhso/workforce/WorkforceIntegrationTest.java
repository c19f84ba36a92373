package vn.tinhso.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.web.context.WebApplicationContext;

import vn.tinhso.catalog.ImportKind;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ANALYST")
class WorkforceIntegrationTest {

    @Autowired List<DemoDataContributor> demo;
    @Autowired Training training;
    @Autowired Analytics analytics;
    @Autowired List<ImportKind> kinds;
    @Autowired WebApplicationContext context;

    private double indicator(String code, String period) {
        return analytics.query(new Analytics.Request(List.of(code), List.of(Period.parse(period)), "24", null,
                Analytics.Boundaries.AS_OF_PERIOD, null, false)).stream().map(Analytics.Row::value)
                .filter(java.util.Objects::nonNull).findFirst().orElse(0.0);
    }

    @Test
    void enrolmentCountsFeedTheIndicatorsAutomatically() {
        DemoParts.contribute(demo, "training");
        long ecommerce = training.courses().stream().filter(c -> c.topic().equals("ecommerce")).mapToLong(Training.CourseSummary::enrolled).sum();
        assertThat(ecommerce).isPositive();
        // Counted by workforce's listener once the trainee list's import has committed.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(indicator("ECOM_COURSE_PARTICIPANTS", "2023") + indicator("ECOM_COURSE_PARTICIPANTS", "2024")).isEqualTo((double) ecommerce));
        assertThat(indicator("TRAINING_COMPLETION_RATE", "2024")).isBetween(80.0, 100.0);
        Programme scheme = training.programmes().get(0);
        assertThat(scheme.progress()).anySatisfy(p -> {
            assertThat(p.measure()).isEqualTo("ECOMMERCE_PARTICIPANTS");
            assertThat(p.achieved()).isEqualTo(ecommerce);
        });
    }

    @Test
    void theSchemesCumulativeFiguresAreTheIndicatorsYearsAddedUpAndTheNamesSayWhichIsWhich() throws Exception {
        DemoParts.contribute(demo, "training");
        Programme scheme = training.programmes().stream().filter(p -> p.code().equals("NLS-BG-2025")).findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(indicator("CIVIL_SERVANTS_TRAINED", "2023")
                + indicator("CIVIL_SERVANTS_TRAINED", "2024") + indicator("CIVIL_SERVANTS_TRAINED", "2025"))
                .isEqualTo((double) scheme.progress().stream().filter(p -> p.measure().equals("CIVIL_SERVANTS_TRAINED") && p.year() == 2025)
                        .findFirst().orElseThrow().achieved()));

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var analyst = SecurityMockMvcRequestPostProcessors.user("a").roles("ANALYST");
        mvc.perform(get("/workforce").with(analyst)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lượt cán bộ, công chức hoàn thành đào tạo, lũy kế từ đầu đề án")))
                .andExpect(content().string(containsString("Lượt tham gia tập huấn thương mại điện tử, lũy kế từ đầu đề án")))
                .andExpect(content().string(containsString(">2.500<")));
        mvc.perform(get("/workforce").param("lang", "en").with(analyst)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Civil servant course completions, cumulative since the programme began")))
                .andExpect(content().string(containsString("E-commerce course participants, cumulative since the programme began")))
                .andExpect(content().string(containsString(">2,500<")));
        mvc.perform(get("/indicators/targets").with(analyst)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lượt cán bộ, công chức hoàn thành khóa đào tạo trong kỳ")))
                .andExpect(content().string(containsString("Lượt người tham gia tập huấn thương mại điện tử trong kỳ")));
        mvc.perform(get("/indicators/targets").param("lang", "en").with(analyst)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Civil servant course completions in the period")))
                .andExpect(content().string(containsString("E-commerce course participants in the period")));
    }

    @Test
    void anImportedListOfTraineesIsCheckedThenCountedInTheIndicators() throws Exception {
        DemoParts.contribute(demo, "training");
        ImportKind kind = kinds.stream().filter(k -> k.code().equals("workforce.enrolments")).findFirst().orElseThrow();
        double before = indicator("CIVIL_SERVANTS_TRAINED", "202211");
        List<ImportRow> rows = List.of(
                row(2, "KNS-CBCC", "2022-11-07", "07201", "CB-1", "civil_servant", "2022-11-10", "CN-1"),
                row(3, "KNS-CBCC", "2022-11-07", "07201", "CB-2", "civil_servant", "2022-11-10", null),
                row(4, "NOPE", "2022-11-07", "99999", "CB-3", "minister", "2022-11-01", "CN-3"));
        List<RowProblem> problems = new ArrayList<>();
        rows.forEach(r -> kind.check(r, problems::add));
        assertThat(problems).extracting(RowProblem::line).containsOnly(4);
        assertThat(problems).extracting(RowProblem::column).contains("course", "commune", "trainee_type");
        kind.write(rows.subList(0, 2), 9L);
        // After an import commits, EnrolmentFigures does this (TraineeListsBecomeIndicatorValuesTest); here nothing committed.
        training.publishFigures();
        assertThat(indicator("CIVIL_SERVANTS_TRAINED", "202211")).isEqualTo(before + 2);
        MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build()
                .perform(get("/workforce")).andExpect(status().isOk());
    }

    private static ImportRow row(int line, String course, String start, String commune, String trainee, String type, String done, String cert) {
        Map<String, String> v = new java.util.HashMap<>(Map.of("course", course, "session_start", start, "commune", commune,
                "trainee", trainee, "trainee_type", type, "completed_on", done));
        if (cert != null) v.put("certificate", cert);
        return new ImportRow(line, v);
    }
}
