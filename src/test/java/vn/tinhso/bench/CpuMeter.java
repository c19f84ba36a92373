package vn.tinhso.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * CPU time used by this JVM and by the embedded PostgreSQL server (the postmaster, its live backends and the
 * backends it has reaped), read from {@code /proc}. On a machine shared with other work, CPU seconds per event say
 * what a phase costs where wall time says mostly how busy the neighbours were.
 */
final class CpuMeter {

    private static final double TICKS = 100.0;

    private final int postmaster;

    CpuMeter(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            this.postmaster = parentOf(rs.getInt(1));
        }
    }

    record Sample(double jvmSeconds, double postgresSeconds) {
        Sample minus(Sample before) {
            return new Sample(jvmSeconds - before.jvmSeconds, postgresSeconds - before.postgresSeconds);
        }
    }

    Sample now() throws IOException {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        String[] master = stat(postmaster);
        double pg = (Long.parseLong(master[11]) + Long.parseLong(master[12]) + Long.parseLong(master[13]) + Long.parseLong(master[14])) / TICKS;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String[] s = stat(Integer.parseInt(name));
                    if (Integer.parseInt(s[1]) == postmaster) {
                        pg += (Long.parseLong(s[11]) + Long.parseLong(s[12])) / TICKS;
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        }
        return new Sample(jvm, pg);
    }

    /** CPU seconds a process has used, its reaped children included. */
    static double processSeconds(int pid) throws IOException {
        String[] s = stat(pid);
        return (Long.parseLong(s[11]) + Long.parseLong(s[12]) + Long.parseLong(s[13]) + Long.parseLong(s[14])) / TICKS;
    }

    private static int parentOf(int pid) throws IOException {
        return Integer.parseInt(stat(pid)[1]);
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] stat(int pid) throws IOException {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return s.substring(s.lastIndexOf(')') + 2).split(" ");
    }
}
