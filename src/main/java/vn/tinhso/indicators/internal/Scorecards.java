package vn.tinhso.indicators.internal;

import vn.tinhso.indicators.Scorecard;
import vn.tinhso.indicators.Period;
import java.util.List;

/** Scores of a composite index for one unit and period, rolled up to pillars and the total. */
public interface Scorecards {

    /** Longest evidence link and note of a verification, in characters. */
    int MAX_VERIFICATION_TEXT = 2000;

    Result score(String scorecard, String unit, Period period);

    /**
     * Records a decision on a component's evidence for one unit and period. A REJECTED component
     * scores nothing; PENDING and VERIFIED ones score their points. The one check of a decision for the page
     * and the API: the unit must exist in the period, the evidence must be an http(s) link, and evidence and note
     * are at most {@link #MAX_VERIFICATION_TEXT} characters without control characters (IllegalArgumentException).
     */
    Verification verify(String scorecard, String component, String unit, Period period, VerificationStatus status,
                        String evidence, String note);

    enum VerificationStatus { VERIFIED, PENDING, REJECTED }

    /** The current decision on a component, or the pack's default when nobody has decided yet. */
    record Verification(String status, String evidence, String note, String decidedBy, java.time.Instant decidedAt) {
    }

    record Result(Scorecard scorecard, String unit, String period, List<PillarScore> pillars, double points, double maxPoints) {

        /** 0–1, the way DTI scores are published. */
        public double normalised() {
            return maxPoints == 0 ? 0 : points / maxPoints;
        }
    }

    record PillarScore(Scorecard.Pillar pillar, List<ComponentScore> components, double points) {
    }

    record ComponentScore(Scorecard.Component component, Double value, double points, Verification verification) {
    }
}
