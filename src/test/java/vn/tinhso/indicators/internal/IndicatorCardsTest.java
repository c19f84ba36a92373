package vn.tinhso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCardProvider;

@SpringBootTest
@ActiveProfiles("test")
class IndicatorCardsTest {

    @Autowired IndicatorCards cards;

    @Test
    void aCardForAPeriodWithoutValuesSaysSoInsteadOfShowingADash() {
        // 2021 has no values; its sparkline reaches back to 2017, before the units on record begin.
        var request = new HeadlineCardProvider.Request("24", LocalDate.of(2021, 6, 30), Locale.ENGLISH);

        assertThat(cards.cards(request)).isNotEmpty().allSatisfy(card -> {
            assertThat(card.value()).isNull();
            assertThat(card.note()).isEqualTo(HeadlineCard.Message.of("card.noData.noValues", "6", "2021"));
            assertThat(card.link()).startsWith("/indicators?dx=");
        });
    }
}
