package vn.tinhso.hub.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to the hash-chained exchange log with one statement in its own short transaction. The head of the chain is kept
 * in memory and appends are taken one at a time here, so an entry's id follows the order of the chain; the unique index on
 * {@code previous_hash} refuses an entry whose head another writer has already linked to, and the head is then read again.
 */
@Component
class ShareLogWriter {

    record Entry(long id, String hash) {
    }

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ReentrantLock lock = new ReentrantLock();
    /** The hash of the last entry written, or null when it must be read from the log. */
    private String head;

    ShareLogWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Entry append(String consumer, String dataset, String requestHash, String responseHash, int rows) {
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                String previous = head != null ? head : readHead();
                head = null;
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                String hash = SharingService.link(previous, at, consumer, dataset, requestHash, responseHash, rows);
                Optional<Long> id = jdbc.sql("""
                        insert into hub.share_log (at, consumer, dataset, request_sha256, response_sha256, rows, previous_hash, hash)
                        values (:at, :c, :d, :req, :res, :rows, :prev, :hash) on conflict (previous_hash) do nothing returning id""")
                        .param("at", Timestamp.from(at)).param("c", consumer).param("d", dataset).param("req", requestHash)
                        .param("res", responseHash).param("rows", rows).param("prev", previous).param("hash", hash)
                        .query(Long.class).optional();
                if (id.isPresent()) {
                    head = hash;
                    return new Entry(id.get(), hash);
                }
                if (attempt == ATTEMPTS) throw new IllegalStateException("the exchange log's head kept moving; nothing was appended");
            }
        } finally {
            lock.unlock();
        }
    }

    private String readHead() {
        return jdbc.sql("select hash from hub.share_log order by id desc limit 1").query(String.class).optional().orElse(SharingService.GENESIS);
    }
}
