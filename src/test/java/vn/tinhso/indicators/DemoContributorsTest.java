package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;

@SpringBootTest
@ActiveProfiles("test")
class DemoContributorsTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired Analytics analytics;

    private double value(String code, String period) {
        return analytics.query(new Analytics.Request(List.of(code), List.of(Period.parse(period)), "24", null,
                Analytics.Boundaries.AS_OF_PERIOD, null, false)).get(0).value();
    }

    @Test
    void theDemoStatisticsAndTraineeListsComeInThroughTheImportPathAndGiveTheArticleFigures() {
        DemoContext context = new DemoContext(DemoContext.ARTICLE_DATE, "24", 20241009L, "demo test", "demo-test");
        for (String name : List.of("indicator values", "training"))
            contributors.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().contribute(context);
        assertThat(value("GRDP_GROWTH", "2024Y9M")).isEqualTo(13.89);
        assertThat(value("GRDP_GROWTH", "2023Y9M")).isEqualTo(12.25);
        assertThat(value("CONTRIB_IND", "2024Y9M")).isEqualTo(12.92);
        assertThat(value("ECOM_SHARE", "2024Y9M")).isEqualTo(16.8);
        assertThat(value("HH_FIBRE_SHARE", "2024Y9M")).isEqualTo(86.3);
        assertThat(value("SMARTPHONE_SHARE", "2024Y9M")).isGreaterThan(85);
        // The trainee counts arrive through workforce's listener once the list's import has committed.
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .untilAsserted(() -> assertThat(value("ECOM_COURSE_PARTICIPANTS", "2024")).isPositive());
    }
}
