package vn.tinhso.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * Failures from anonymous traffic (unknown tokens, wrong passwords, throttled logins, refused input) are audited
 * once per action, source address and minute, not once per request: the first one is written at once, the
 * rest are counted and written as one row {@code count=N …} when the minute is over. A flood of 2,000
 * requests thus adds two rows, not 2,000.
 */
@Component
class RepeatedFailures {

    /** Beyond this many sources in one minute, new sources share one tally so memory stays bounded. */
    static final int MAX_SOURCES = 10_000;

    private record Key(String action, String address, Instant minute) {
    }

    private static final class Tally {
        final AuditEntry first;
        final AtomicInteger more = new AtomicInteger();
        /** The first few objects named (accounts tried), so the count row still says what was attempted. */
        final java.util.Set<String> objects = ConcurrentHashMap.newKeySet();
        volatile AuditEntry last;

        Tally(AuditEntry first) {
            this.first = first;
        }
    }

    private final AuditLog audit;
    private final Clock clock;
    private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();

    @Autowired
    RepeatedFailures(AuditLog audit) {
        this(audit, Clock.systemUTC());
    }

    RepeatedFailures(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Audits the failure now if it is the first of its kind from this address in this minute, else counts it. */
    void record(AuditEntry entry, String address) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String source = tallies.size() >= MAX_SOURCES ? "*" : String.valueOf(address);
        Tally fresh = new Tally(entry);
        Tally tally = tallies.putIfAbsent(new Key(entry.action(), source, minute), fresh);
        if (tally == null) {
            audit.record(entry);
        } else {
            tally.last = entry;
            tally.more.incrementAndGet();
            if (entry.objectId() != null && tally.objects.size() < 10) {
                tally.objects.add(entry.objectId());
            }
        }
    }

    /** Writes one row per tally of a minute that is over. */
    @Scheduled(fixedDelayString = "${tinhso.audit.repeated-flush-interval:15s}")
    void flushFinishedMinutes() {
        flush(clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }

    /** Writes every tally, including the current minute's (at shutdown, and in tests). */
    void flushAll() {
        flush(Instant.MAX);
    }

    private void flush(Instant before) {
        for (Key key : tallies.keySet()) {
            if (key.minute().isBefore(before)) {
                Tally tally = tallies.remove(key);
                int more = tally == null ? 0 : tally.more.get();
                if (more > 0) {
                    AuditEntry last = tally.last;
                    audit.record(new AuditEntry(last.actor(), key.action(), last.objectType(), last.objectId(), null,
                            "count=%d more from %s in the minute %s; objects: %s; last: %s".formatted(more, key.address(),
                                    key.minute(), String.join(", ", tally.objects), last.detail())));
                }
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void atShutdown() {
        flushAll();
    }
}
