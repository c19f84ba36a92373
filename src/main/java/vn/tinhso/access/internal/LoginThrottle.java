package vn.tinhso.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per account and source address instead of locking the account: after
 * {@code freeAttempts} wrong passwords from one address, that address must wait before its next try for that
 * account, and the wait doubles with every further failure up to {@code maxDelay}. Other addresses, the real
 * user's among them, are not slowed. A success from the address, or {@code forgetAfter} without a failure,
 * resets its count.
 */
class LoginThrottle {

    private record Key(String username, String address) {
    }

    private record Failures(int count, Instant last) {
    }

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final int freeAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;

    LoginThrottle(int freeAttempts, Duration firstDelay, Duration maxDelay, Duration forgetAfter, Clock clock) {
        this.freeAttempts = freeAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How long this address must still wait before it may try this account again; zero when it may now. */
    Duration waitBefore(String username, String address) {
        Failures f = current(new Key(username, address));
        if (f == null || f.count() < freeAttempts) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), f.last().plus(delayAfter(f.count())));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Counts a wrong password; returns true when this failure starts slowing the address down. */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        Failures counted = failures.compute(new Key(username, address), (k, f) ->
                f == null || expired(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
        return counted.count() == freeAttempts;
    }

    void succeeded(String username, String address) {
        failures.remove(new Key(username, address));
    }

    /** Counts of addresses that have not failed for {@code forgetAfter} are dropped, so memory stays bounded. */
    void forgetExpired() {
        Instant now = clock.instant();
        failures.values().removeIf(f -> expired(f, now));
    }

    int tracked() {
        return failures.size();
    }

    private Failures current(Key key) {
        Failures f = failures.get(key);
        if (f != null && expired(f, clock.instant())) {
            failures.remove(key, f);
            return null;
        }
        return f;
    }

    private boolean expired(Failures f, Instant now) {
        return !now.isBefore(f.last().plus(forgetAfter).plus(delayAfter(f.count())));
    }

    private Duration delayAfter(int count) {
        if (count < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - freeAttempts, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
