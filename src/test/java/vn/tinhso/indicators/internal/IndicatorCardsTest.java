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
        // No test writes values for 2012 (other tests use 2021 and later); its sparkline reaches back before the units on record begin.
        var request = new HeadlineCardProvider.Request("24", LocalDate.of(2012, 6, 30), Locale.ENGLISH);

        assertThat(cards.cards(request)).isNotEmpty().allSatisfy(card -> {
            assertThat(card.value()).isNull();
            assertThat(card.note()).isEqualTo(HeadlineCard.Message.of("card.noData.noValues", "6", "2012"));
            assertThat(card.link()).startsWith("/indicators?dx=");
        });
    }
}
