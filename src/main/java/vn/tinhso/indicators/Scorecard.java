package vn.tinhso.indicators;

import java.util.List;

/** A DTI-style composite index: pillars of components, each scoring an indicator against its maximum points. */
public record Scorecard(String code, Text name, String legalSource, List<Pillar> pillars, String pack) {

    public record Pillar(String code, Text name, double maxPoints, List<Component> components) {
    }

    /**
     * {@code rule} RATIO: points = min(1, value ÷ reference) × maxPoints; STEPS: the points of the highest
     * threshold reached. {@code evidence} links the document that proves the figure.
     */
    public record Component(String code, Text name, String indicator, double maxPoints, String rule, double reference,
                            List<Step> steps, String evidence, String source, String verification) {

        public double points(Double value) {
            if (value == null) return 0;
            if ("STEPS".equals(rule)) {
                double best = 0;
                for (Step step : steps) if (value >= step.atLeast()) best = Math.max(best, step.points());
                return Math.min(best, maxPoints);
            }
            return Math.max(0, Math.min(1, value / reference)) * maxPoints;
        }
    }

    public record Step(double atLeast, double points) {
    }
}
