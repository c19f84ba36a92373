package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;

@SpringBootTest
@ActiveProfiles("test")
class PublicServiceStatisticsDemoTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired Analytics analytics;

    private double province(String indicator, String period) {
        return analytics.query(new Analytics.Request(List.of(indicator), List.of(Period.parse(period)), "24", null,
                Analytics.Boundaries.AS_OF_PERIOD, null, false)).stream().map(Analytics.Row::value).findFirst().orElseThrow();
    }

    @Test
    void theDemoPortalStatisticsShowOnlineFilingGrowingAndMostDossiersOnTime() {
        DemoParts.contribute(contributors, "public-service statistics");

        double early = province("DVC_ONLINE_RATE", "202301"), late = province("DVC_ONLINE_RATE", "202408");
        assertThat(early).isBetween(20.0, 80.0);
        assertThat(late).isGreaterThan(early + 10).isLessThan(100.0);
        assertThat(province("DVC_ON_TIME_RATE", "2024Y8M")).isBetween(90.0, 100.0);
        assertThat(province("DVC_DOSSIERS_RECEIVED", "202408")).isGreaterThan(10_000.0);
    }
}
