package vn.tinhso.platform.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code postmaster.pid} says about a data directory. The embedded PostgreSQL is not a child
 * of the JVM: after {@code kill -9} of TinhSo it keeps running, and the next start would fail on
 * this file. A TinhSo process that lives holds the lock file {@code epg-lock}; a postmaster of our
 * directory whose TinhSo is gone is an orphan and is stopped cleanly (fast shutdown).
 */
record Postmaster(long pid, Path dataDirectory, int port) {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

    /** The live postmaster named by the directory's {@code postmaster.pid}, if any. */
    static Optional<Postmaster> of(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty(); // still being written by a starting server, or stale
        }
        long pid = Long.parseLong(lines.get(0).trim());
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.of(new Postmaster(pid, Path.of(lines.get(1).trim()), Integer.parseInt(lines.get(3).trim())));
        }
        return Optional.empty();
    }

    /** Whether a live TinhSo process uses the directory (it holds {@code epg-lock}). */
    static boolean inUseByAnotherProcess(Path dir) throws IOException {
        Path lockFile = dir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM runs a server on it
        }
    }

    /** The process is a PostgreSQL server of this directory, not an unrelated process that got the recycled pid. */
    boolean serves(Path dir) throws IOException {
        Optional<String> command = ProcessHandle.of(pid).flatMap(p -> p.info().command());
        return command.map(c -> c.endsWith("/postgres")).orElse(false)
                && Files.exists(dataDirectory) && Files.isSameFile(dataDirectory, dir);
    }

    /**
     * Before starting on {@code dir}: stops an orphaned postmaster of it ({@code pg_ctl stop -m fast}:
     * open transactions roll back, committed ones are on disk), or explains in one line what to do.
     */
    static void stopOrphan(Path dir) throws IOException {
        Optional<Postmaster> found = of(dir);
        if (found.isEmpty()) {
            return;
        }
        Postmaster postmaster = found.get();
        if (inUseByAnotherProcess(dir)) {
            throw new IllegalStateException("TinhSo is already running on " + dir + " (its PostgreSQL listens on port "
                    + postmaster.port() + "); stop it first, or give this one another TINHSO_DATA_DIR.");
        }
        if (!postmaster.serves(dir)) {
            throw new IllegalStateException(dir.resolve("postmaster.pid") + " names process " + postmaster.pid()
                    + ", which is not a PostgreSQL of this directory: if no PostgreSQL uses " + dir
                    + ", delete that file and start again.");
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by a TinhSo process that ended without stopping it",
                postmaster.pid(), dir);
        // SIGINT is PostgreSQL's fast shutdown, what pg_ctl stop -m fast sends (pg_ctl itself refuses to run as root).
        Process signal = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            signal.waitFor(10, TimeUnit.SECONDS);
            ProcessHandle.of(postmaster.pid()).ifPresent(p -> p.onExit().orTimeout(120, TimeUnit.SECONDS).join());
        } catch (InterruptedException | java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("Could not stop PostgreSQL (pid " + postmaster.pid() + ") left running on "
                    + dir + ": stop it with `kill -INT " + postmaster.pid() + "`, then start again.", e);
        }
    }
}
