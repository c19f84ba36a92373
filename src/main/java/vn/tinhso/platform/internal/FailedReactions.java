package vn.tinhso.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the events whose module listener failed (a lock, a full disk, a bug fixed since) to their listeners
 * again, every {@code tinhso.events.retry-interval}. Those left unfinished by a stop are resubmitted on the next
 * start ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Listeners are idempotent.
 */
@Component
class FailedReactions {

    private static final Logger log = LoggerFactory.getLogger(FailedReactions.class);

    private final FailedEventPublications failed;

    FailedReactions(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(initialDelayString = "${tinhso.events.retry-interval:60s}", fixedDelayString = "${tinhso.events.retry-interval:60s}")
    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults());
        } catch (RuntimeException e) {
            log.warn("Could not resubmit the failed event publications", e);
        }
    }
}
