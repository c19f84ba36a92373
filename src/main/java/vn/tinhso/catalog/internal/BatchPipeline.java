package vn.tinhso.catalog.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import vn.tinhso.catalog.ImportRow;

/**
 * Reads and checks a file on a thread of its own while the caller's thread, which holds the import's transaction,
 * writes the batches already checked: parsing and the database then work at the same time instead of in turn.
 * At most one checked batch waits, so memory stays at three batches whatever the file's size.
 */
final class BatchPipeline {

    private static final List<ImportRow> END = List.of();

    private BatchPipeline() {
    }

    /**
     * Runs {@code read} on a new thread, which hands each full batch to the consumer it is given and returns the last
     * partial one; writes each handed batch with {@code write} on the calling thread. A failure on either side stops
     * both and is rethrown as it was thrown.
     */
    static List<ImportRow> readWhileWriting(String threadName, Function<Consumer<List<ImportRow>>, List<ImportRow>> read,
                                             Consumer<List<ImportRow>> write) {
        BlockingQueue<List<ImportRow>> ready = new ArrayBlockingQueue<>(1);
        boolean[] stopped = {false};
        CompletableFuture<List<ImportRow>> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                reading.complete(read.apply(batch -> handOver(ready, batch, stopped)));
            } catch (Throwable e) {
                reading.completeExceptionally(e);
            } finally {
                try {
                    handOver(ready, END, stopped);
                } catch (CancellationException e) {
                    // the writer has already stopped
                }
            }
        }, threadName);
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<ImportRow> batch = take(ready); batch != END; batch = take(ready)) write.accept(batch);
        } catch (RuntimeException | Error e) {
            synchronized (stopped) {
                stopped[0] = true;
            }
            ready.clear();
            throw e;
        }
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    private static void handOver(BlockingQueue<List<ImportRow>> ready, List<ImportRow> batch, boolean[] stopped) {
        try {
            while (!ready.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                synchronized (stopped) {
                    if (stopped[0]) throw new CancellationException("the import stopped writing");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static List<ImportRow> take(BlockingQueue<List<ImportRow>> ready) {
        try {
            return ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for checked rows", e);
        }
    }
}
