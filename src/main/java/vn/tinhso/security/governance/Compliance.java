package vn.tinhso.security.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many systems have an approved security-level dossier, overall, by level and by owner agency, and how many are
 * past their review date. Computed from the registry rows on each call.
 */
public record Compliance(Share all, Map<Integer, Share> byLevel, Map<String, Share> byAgency, long overdueReviews) {

    public record Share(long systems, long approved) {
        /** Percentage with approved dossiers; 0 when there are no systems. */
        public double percent() {
            return systems == 0 ? 0 : 100.0 * approved / systems;
        }

        Share plus(boolean isApproved) {
            return new Share(systems + 1, approved + (isApproved ? 1 : 0));
        }
    }

    /** Systems without a level (neither proposed nor approved) cannot exist: the import refuses them. */
    public static Compliance of(List<InformationSystem> systems, LocalDate today) {
        Share all = new Share(0, 0);
        Map<Integer, Share> byLevel = new TreeMap<>();
        Map<String, Share> byAgency = new TreeMap<>();
        long overdue = 0;
        for (InformationSystem s : systems) {
            all = all.plus(s.approved());
            byLevel.merge(s.level(), new Share(1, s.approved() ? 1 : 0), (a, b) -> new Share(a.systems + b.systems, a.approved + b.approved));
            byAgency.merge(s.ownerAgency(), new Share(1, s.approved() ? 1 : 0), (a, b) -> new Share(a.systems + b.systems, a.approved + b.approved));
            if (s.reviewOverdue(today)) overdue++;
        }
        return new Compliance(all, byLevel, byAgency, overdue);
    }
}
