package vn.tinhso.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-05T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    private void fail(int times, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed("admin", address);
        }
    }

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoublesUpToTheCap() {
        fail(2, "203.0.113.9");
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).isZero();
        assertThat(throttle.failed("admin", "203.0.113.9")).as("the third failure starts the slowing").isTrue();
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).isEqualTo(Duration.ofSeconds(2));
        fail(1, "203.0.113.9");
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).isEqualTo(Duration.ofSeconds(4));
        fail(20, "203.0.113.9");
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anotherAddressIsNotSlowedSoTheAccountIsNeverLockedByStrangers() {
        fail(50, "203.0.113.9");
        assertThat(throttle.waitBefore("admin", "198.51.100.4")).isZero();
    }

    @Test
    void theWaitEndsAndTheCountIsForgottenOnceItHasExpired() {
        fail(6, "203.0.113.9");
        clock.advance(Duration.ofSeconds(16));
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).isZero();
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("admin", "203.0.113.9");
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).as("one failure after expiry counts as the first").isZero();
        throttle.forgetExpired();
        assertThat(throttle.tracked()).isEqualTo(1);
    }

    @Test
    void aSuccessResetsTheCount() {
        fail(5, "203.0.113.9");
        throttle.succeeded("admin", "203.0.113.9");
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).isZero();
        fail(1, "203.0.113.9");
        assertThat(throttle.waitBefore("admin", "203.0.113.9")).isZero();
    }
}
