package vn.tinhso.streams.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Who is told that events were appended: once the appending transaction has committed, never before. */
final class AppendListeners {

    private static final Logger LOG = LoggerFactory.getLogger(AppendListeners.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void add(Runnable listener) {
        listeners.add(listener);
    }

    /** Runs {@code committed} and then tells the listeners, after the caller's transaction commits (at once without one). */
    void afterCommit(Runnable committed) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.run();
                    tell();
                }
            });
        } else {
            committed.run();
            tell();
        }
    }

    private void tell() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // The events are stored; a listener that fails only misses a wake-up and its consumer's poll catches up.
                LOG.warn("event log listener failed: {}", e.toString());
            }
        }
    }
}
