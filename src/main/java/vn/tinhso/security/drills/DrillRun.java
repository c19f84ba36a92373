package vn.tinhso.security.drills;

import java.time.Instant;

/**
 * One run of a scenario by a team; {@code tag} marks its events and alerts as drill data. A paced run sends each inject
 * when it falls due; a compressed one sends them all at the start.
 */
public record DrillRun(long id, String scenario, String team, String startedBy, Instant startedAt, boolean paced, String lessons,
                       String lessonsBy) {

    /** The entity every alert of the run carries ({@code drill = drill-<id>}), so drill alerts never join real ones. */
    public String tag() {
        return tagOf(id);
    }

    public static String tagOf(long id) {
        return "drill-" + id;
    }

    /** The intake source of the run's events; the detector recognises drill data by it. */
    public String source() {
        return Drills.SOURCE_PREFIX + id;
    }
}
