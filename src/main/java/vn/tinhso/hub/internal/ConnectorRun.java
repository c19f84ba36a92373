package vn.tinhso.hub.internal;

import java.time.Instant;

/**
 * One pull: {@code status} is SYNCED (a new version was imported), UNCHANGED (nothing changed since the cursor) or
 * FAILED (the source or the import failed; {@code error} says why).
 */
public record ConnectorRun(long id, String connector, Instant startedAt, Instant finishedAt, String status, int records,
                           int pages, Long importJobId, Instant since, String error) {

    public static final String SYNCED = "SYNCED", UNCHANGED = "UNCHANGED", FAILED = "FAILED";
}
