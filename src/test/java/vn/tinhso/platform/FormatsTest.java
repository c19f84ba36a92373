package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void vietnameseGroupsWithDotsAndWritesDecimalsWithAComma() {
        assertThat(Formats.number(1234.5, 1, VI)).isEqualTo("1.234,5");
        assertThat(Formats.withUnit(16.8, 1, "%", VI)).isEqualTo("16,8 %");
        assertThat(Formats.compact(1200.0, 2, VI)).isEqualTo("1.200");
    }

    @Test
    void englishUsesCommasForThousandsAndNoSpaceBeforePercent() {
        assertThat(Formats.number(2000, 0, Locale.ENGLISH)).isEqualTo("2,000");
        assertThat(Formats.withUnit(16.8, 1, "%", Locale.ENGLISH)).isEqualTo("16.8%");
        assertThat(Formats.withUnit(null, 1, "%", Locale.ENGLISH)).isEqualTo("—");
    }
}
