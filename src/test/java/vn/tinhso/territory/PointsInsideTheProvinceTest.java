package vn.tinhso.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;

@SpringBootTest
@ActiveProfiles("test")
class PointsInsideTheProvinceTest {

    @Autowired ProvinceArea province;
    @Autowired Imports imports;

    @Test
    void pointsInOldBacGiangAndOldBacNinhAreInsideTheProvince() {
        assertThat(province.contains(21.28, 106.19)).isTrue();   // Bắc Giang city
        assertThat(province.contains(21.186, 106.076)).isTrue(); // Bắc Ninh city, in the province since July 2025
        assertThat(province.kmOutside(21.28, 106.19)).isZero();
    }

    @Test
    void pointsInOtherProvincesAreOutside() {
        assertThat(province.kmOutside(10.78, 106.70)).as("Ho Chi Minh City").isGreaterThan(1000);
        assertThat(province.contains(10.78, 106.70)).isFalse();
        assertThat(province.contains(21.85, 106.76)).as("Lạng Sơn city").isFalse();
    }

    @Test
    void aVillageHundredsOfKilometresAwayIsARowErrorWithItsLine() {
        String csv = "code,name,commune_code,households,population,latitude,longitude\n"
                + "FAR-1,Thôn Gần,07201,100,400,21.28,106.19\n"
                + "FAR-2,Thôn Xa,07201,100,400,10.78,106.70\n";
        ImportJob job = imports.runNow(new ImportRequest("far-villages.csv", csv.getBytes(StandardCharsets.UTF_8), "territory.villages",
                "Far villages", "test office", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("latitude");
            assertThat(p.problem()).contains("outside the province").contains("at most 2.0 km");
        });
    }
}
