package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void nineMonthsOf2024HasACodeAndComparesWithTheSameNineMonthsOf2023() {
        Period nineMonths = Period.parse("2024Y9M");
        assertThat(nineMonths.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(nineMonths.end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(nineMonths.sameLastYear().code()).isEqualTo("2023Y9M");
        assertThat(nineMonths.contains(Period.parse("2024Q3"))).isTrue();
        assertThat(nineMonths.contains(Period.parse("202410"))).isFalse();
    }

    @Test
    void everyDhis2PeriodCodeParsesToItsDates() {
        assertThat(Period.parse("2024").end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Period.parse("2024S2").start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Period.parse("2024Q3").end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.parse("202402").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2024W1").start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Period.parse("2020W53").end()).isEqualTo(LocalDate.of(2021, 1, 3));
    }

    @Test
    void adxPeriodsBecomeTheMatchingCode() {
        assertThat(Period.parse("2015-06-01/P1M").code()).isEqualTo("201506");
        assertThat(Period.parse("2024-07-01/P3M").code()).isEqualTo("2024Q3");
        assertThat(Period.parse("2024-01-01/P1Y").code()).isEqualTo("2024");
        assertThat(Period.parse("2024-01-01/P9M").code()).isEqualTo("2024Y9M");
    }

    @Test
    void offsetsCrossYearBoundaries() {
        assertThat(Period.parse("202401").offset(-1).code()).isEqualTo("202312");
        assertThat(Period.parse("2024Q1").offset(-5).code()).isEqualTo("2022Q4");
        assertThat(Period.parse("2024Q3").yearToDate().code()).isEqualTo("2024Y9M");
        assertThat(Period.parse("2024W1").offset(-1).code()).isEqualTo("2023W52");
    }

    @Test
    void relativePeriodsResolveAgainstToday() {
        LocalDate today = LocalDate.of(2024, 10, 9);
        assertThat(RelativePeriods.resolve("LAST_12_MONTHS", today)).extracting(Period::code)
                .startsWith("202310").endsWith("202409").hasSize(12);
        assertThat(RelativePeriods.resolve("THIS_YEAR_TO_DATE", today)).extracting(Period::code).containsExactly("2024Y9M");
        assertThat(RelativePeriods.resolve("SAME_PERIOD_LAST_YEAR", today)).extracting(Period::code).containsExactly("2023Y9M");
    }

    @Test
    void aWrongCodeSaysWhichCodesExist() {
        assertThatThrownBy(() -> Period.parse("2024M9")).hasMessageContaining("2024Y9M");
    }

    @Test
    void anAdxPeriodWithAnImpossibleDateIsABadCodeNotACrash() {
        assertThatThrownBy(() -> Period.parse("2024-13-01/P1M")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-13-01/P1M");
        assertThatThrownBy(() -> Period.parse("2024-02-30/P1M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2024-01-01/P0M")).isInstanceOf(IllegalArgumentException.class);
    }
}
