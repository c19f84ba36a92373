package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ANALYST")
class UnitsAddedAfterStartTest {

    @Autowired Analytics analytics;
    @Autowired DataValues values;
    @Autowired Imports imports;

    private Double at(String unit, String element, String period) {
        List<Analytics.Row> rows = analytics.query(new Analytics.Request(List.of(element), List.of(Period.parse(period)), unit, null,
                Analytics.Boundaries.AS_OF_PERIOD, null, false));
        return rows.isEmpty() ? null : rows.get(0).value();
    }

    @Test
    void valuesOfVillagesImportedWhileRunningRollUpIntoTheirCommuneAndDistrict() {
        // The engine has already copied the territory tree before the villages arrive.
        values.write(List.of(new DataValue("T_VALUE", null, "07243", "202006", new BigDecimal("5"), ValueStatus.OFFICIAL)),
                null, Instant.now());
        assertThat(at("07243", "T_VALUE", "202006")).isEqualTo(5.0);

        String villages = "code,name,commune_code,households,population,fibre\n"
                + "LATE-1,Thôn Muộn Một,07243,50,200,true\n"
                + "LATE-2,Thôn Muộn Hai,07243,60,240,true\n";
        var job = imports.runNow(new ImportRequest("late-villages.csv", villages.getBytes(StandardCharsets.UTF_8),
                "territory.villages", "Late villages", "test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);

        values.write(List.of(
                new DataValue("T_VALUE", null, "LATE-1", "202007", new BigDecimal("7"), ValueStatus.OFFICIAL),
                new DataValue("T_VALUE", null, "LATE-2", "202007", new BigDecimal("11"), ValueStatus.OFFICIAL)), null, Instant.now());

        // The copy of the tree is rebuilt by the indicators' listener once the villages' import has committed,
        // whether the values arrived before or after that.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(at("07243", "T_VALUE", "202007")).isEqualTo(18.0);
            assertThat(at("215", "T_VALUE", "202007")).isEqualTo(18.0);
        });
    }

    @Test
    void valuesRecordedBeforeTheirVillagesWereImportedRollUpOnceTheVillagesArrive() {
        values.write(List.of(new DataValue("T_VALUE", null, "07249", "202105", new BigDecimal("1"), ValueStatus.OFFICIAL),
                new DataValue("T_VALUE", null, "EARLY-1", "202105", new BigDecimal("20"), ValueStatus.OFFICIAL)), null, Instant.now());
        assertThat(at("07249", "T_VALUE", "202105")).isEqualTo(1.0);

        String villages = "code,name,commune_code,households,population,fibre\n"
                + "EARLY-1,Thôn Sớm,07249,50,200,true\n";
        var job = imports.runNow(new ImportRequest("early-villages.csv", villages.getBytes(StandardCharsets.UTF_8),
                "territory.villages", "Early villages", "test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);

        // Once the village is known it holds data below the commune, and the lowest level that holds data counts:
        // the commune's own 1 yields to its village's 20.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(at("07249", "T_VALUE", "202105")).isEqualTo(20.0));
    }
}
