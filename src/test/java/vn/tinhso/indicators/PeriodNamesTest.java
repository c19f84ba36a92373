package vn.tinhso.indicators;

import vn.tinhso.indicators.internal.PeriodNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PeriodNamesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static String vi(String code) {
        return PeriodNames.name(Period.parse(code), VI);
    }

    private static String en(String code) {
        return PeriodNames.name(Period.parse(code), Locale.ENGLISH);
    }

    @Test
    void vietnamesePeriodsAreNamedInWords() {
        assertThat(vi("2024Y9M")).isEqualTo("9 tháng đầu năm 2024");
        assertThat(vi("202410")).isEqualTo("Tháng 10/2024");
        assertThat(vi("2024Q3")).isEqualTo("Quý III/2024");
        assertThat(vi("2024S2")).isEqualTo("6 tháng cuối năm 2024");
        assertThat(vi("2024")).isEqualTo("Năm 2024");
    }

    @Test
    void englishPeriodsAreNamedInWords() {
        assertThat(en("2024Y9M")).isEqualTo("Jan–Sep 2024");
        assertThat(en("202410")).isEqualTo("October 2024");
        assertThat(en("2024Q3")).isEqualTo("Q3 2024");
    }

    @Test
    void monthsHaveShortAxisLabels() {
        assertThat(PeriodNames.shortName(Period.parse("202410"), VI)).isEqualTo("T10/24");
        assertThat(PeriodNames.shortName(Period.parse("202410"), Locale.ENGLISH)).isEqualTo("Oct 24");
    }
}
