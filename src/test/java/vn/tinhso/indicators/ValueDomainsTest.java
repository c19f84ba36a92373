package vn.tinhso.indicators;

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
class ValueDomainsTest {

    @Autowired Imports imports;
    @Autowired IndicatorCatalog catalog;

    private ImportJob importValues(String name, String rows) {
        return imports.runNow(new ImportRequest(name, ("element,unit,period,value\n" + rows).getBytes(StandardCharsets.UTF_8),
                "indicators.data-values", "Domain tests", "test office", "steward", false));
    }

    @Test
    void everyShippedElementDeclaresItsDomain() {
        assertThat(catalog.element("RETAIL_SALES").orElseThrow().domain()).isEqualTo(new ValueDomain(java.math.BigDecimal.ZERO, null, false));
        assertThat(catalog.element("HH_TOTAL").orElseThrow().domain().integer()).isTrue();
        assertThat(catalog.elements().stream().filter(e -> !e.pack().equals("test-functions") && !e.code().equals("GRDP_CP_TAX"))
                .filter(e -> e.domain().equals(ValueDomain.ANY)).map(DataElement::code)).isEmpty();
    }

    @Test
    void negativeSalesAndCountsAreRowErrorsWithTheirLines() {
        ImportJob job = importValues("negative.csv", """
                RETAIL_SALES,213,202011,-12.5
                ENT_ACTIVE,213,202011,-3
                RETAIL_SALES,215,202011,40
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "value"), org.assertj.core.groups.Tuple.tuple(3, "value"));
        assertThat(job.problems().get(0).problem()).contains("-12.5").contains("RETAIL_SALES").contains("minimum 0");
    }

    @Test
    void aShareAboveAHundredIsARowError() {
        ImportJob job = importValues("share.csv", """
                T_SHARE,213,202011,100
                T_SHARE,215,202011,100.5
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.problem()).contains("above its maximum 100");
        });
    }

    @Test
    void aFractionOfAHouseholdIsARowError() {
        ImportJob job = importValues("households.csv", "HH_TOTAL,07201,202011,120.5\nHH_TOTAL,07207,202011,120.0\n");
        assertThat(job.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.problem()).contains("whole number");
        });
    }
}
