package vn.tinhso.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * The uses of API tokens, written at most once a minute per token: the first use in a token's minute is audited with its
 * request and sets the token's last use at once; the further uses of that minute are counted in memory and written as one
 * audit entry (how many, from when to when) when the minute is over. A machine client asking for many pages a second would
 * otherwise append to the audit chain, under its lock, and update its token row on every page. Reads of personal data are
 * audited on their own ({@code PersonalDataReads}), per request, whatever this does.
 */
@Component
class TokenUses {

    static final Duration WINDOW = Duration.ofMinutes(1);

    /** A token's current minute: when it started, and the uses after the first one. */
    record Window(long tokenId, String owner, Instant start, long further, Instant last) {

        Window plusOne(Instant at) {
            return new Window(tokenId, owner, start, further + 1, at.isAfter(last) ? at : last);
        }
    }

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private final Queue<Window> ended = new ConcurrentLinkedQueue<>();
    private final ApiTokenService tokens;
    private final AuditLog audit;

    TokenUses(ApiTokenService tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** Counts a use; true when it is the token's first in its minute, which the caller then writes in full. */
    boolean firstInMinute(long tokenId, String owner, Instant at) {
        boolean[] first = {false};
        windows.compute(tokenId, (id, w) -> {
            if (w != null && at.isBefore(w.start().plus(WINDOW))) return w.plusOne(at);
            if (w != null && w.further() > 0) ended.add(w);
            first[0] = true;
            return new Window(id, owner, at, 0, at);
        });
        return first[0];
    }

    @Scheduled(initialDelayString = "${tinhso.access.token-use-flush:60s}", fixedDelayString = "${tinhso.access.token-use-flush:60s}")
    void flushEndedMinutes() {
        flush(Instant.now(), false);
    }

    /** Whatever is still counted is written when the application stops. */
    @PreDestroy
    void flushAll() {
        flush(Instant.now(), true);
    }

    /** Writes the further uses of the minutes that are over by {@code now} (of all minutes with {@code everything}). */
    void flush(Instant now, boolean everything) {
        List<Window> done = new ArrayList<>();
        for (Window w; (w = ended.poll()) != null; ) done.add(w);
        for (Long id : List.copyOf(windows.keySet())) {
            windows.computeIfPresent(id, (k, w) -> {
                if (!everything && now.isBefore(w.start().plus(WINDOW))) return w;
                if (w.further() > 0) done.add(w);
                return null;
            });
        }
        for (Window w : done) {
            tokens.touch(w.tokenId(), w.last());
            audit.record(AuditEntry.of("token.use", "api_token", Long.toString(w.tokenId())).withActor(w.owner())
                    .withDetail(w.further() + " more requests from " + w.start() + " to " + w.last()));
        }
    }
}
