package vn.tinhso.dashboard;

import java.util.List;

/**
 * One figure on the home page: its value formatted for the reader, the period or date it describes, how it moved
 * against the previous period, its target where one exists, and the page behind it. A card without a value carries the
 * reason in its note.
 *
 * @param key    unique on the page, used as the element id ({@code card-<key>})
 * @param title  message key of the title
 * @param value  formatted value, null while there is no data
 * @param period what the value describes ("9 tháng 2024", "ngày 30/09/2024"), null while there is no value
 * @param trend  the change against the previous period and the last periods' values, null where there is none
 * @param goal   the target and how the value stands against it, null where no target exists
 * @param link   path of the page behind the figure
 * @param note   caption, or the reason there is no value
 */
public record HeadlineCard(String key, String title, String value, Message period, Trend trend, Goal goal, String link,
                           Message note) {

    public static HeadlineCard of(String key, String title, String value, Message period, String link) {
        return new HeadlineCard(key, title, value, period, null, null, link, null);
    }

    /** A card that says why it has no value (e.g. {@code card.noData.noValues}). */
    public static HeadlineCard without(String key, String title, String link, String reasonKey, Object... args) {
        return new HeadlineCard(key, title, null, null, null, null, link, new Message(reasonKey, List.of(args)));
    }

    public HeadlineCard withTrend(Trend trend) {
        return new HeadlineCard(key, title, value, period, trend, goal, link, note);
    }

    public HeadlineCard withGoal(Goal goal) {
        return new HeadlineCard(key, title, value, period, trend, goal, link, note);
    }

    public HeadlineCard withNote(String noteKey, Object... args) {
        return new HeadlineCard(key, title, value, period, trend, goal, link, new Message(noteKey, List.of(args)));
    }

    /** A message key and its arguments, resolved in the reader's language; arguments are formatted already. */
    public record Message(String key, List<Object> args) {
        public Message {
            args = List.copyOf(args);
        }

        public static Message of(String key, Object... args) {
            return new Message(key, List.of(args));
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /**
     * @param change the difference to the previous period, signed and formatted ("+1,2 điểm % so với 9 tháng 2023"),
     *               null when the previous period has no value
     * @param series the last periods' values, oldest first, for a sparkline; null entries are periods without data
     */
    public record Trend(Message change, List<Double> series) {

        public Trend {
            series = series == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(series));
        }

        /** SVG polyline points of the sparkline in a 100 × 24 box, empty with fewer than two values. */
        public String points() {
            List<Double> known = series.stream().filter(java.util.Objects::nonNull).toList();
            if (known.size() < 2) return "";
            double min = known.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = known.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double span = max == min ? 1 : max - min;
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < series.size(); i++) {
                Double v = series.get(i);
                if (v == null) continue;
                double x = series.size() == 1 ? 0 : 100.0 * i / (series.size() - 1);
                double y = 22 - 20 * (v - min) / span;
                points.append(points.isEmpty() ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y));
            }
            return points.toString();
        }
    }

    /** @param text the target ("Mục tiêu 2025: ≥ 10 %"); status MET, NEAR or MISSED */
    public record Goal(Message text, Status status) {
        public enum Status { MET, NEAR, MISSED }
    }
}
