package vn.tinhso.streams;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a consumer's drain on its own thread as soon as this process commits new events, instead of waiting for the
 * consumer's next poll. Wake-ups that arrive while a drain runs are folded into one more drain, so a busy log costs
 * one drain after another and never a queue of them. Events appended by other processes still wait for the poll.
 */
public final class WakeOnAppend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WakeOnAppend.class);

    private final ExecutorService thread;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable drain;

    public WakeOnAppend(EventLog log, String name, Runnable drain) {
        this.drain = drain;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        log.onAppend(this::wake);
    }

    private void wake() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                pending.set(false);
                try {
                    drain.run();
                } catch (RuntimeException e) {
                    // Nothing is lost: the checkpoint did not move, and the next wake-up or poll tries again.
                    LOG.warn("{}: drain failed, the next poll retries: {}", Thread.currentThread().getName(), e.toString());
                }
            });
        } catch (RejectedExecutionException closing) {
            pending.set(false);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
