package vn.tinhso.security.sigma;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each correlation's sliding windows per group and says when one is reached. Events must come in time order
 * per source; a window that fires starts again empty, so one burst gives one hit (the alerts group repeats).
 * A window whose newest event is older than its correlation's timespan, by the clock of the source that fed it last
 * (the newest event time seen from that source), can never be reached again: {@link #prune()} drops it. Judging by
 * the window's own source keeps a replayed old file's windows alive while live sources run ahead.
 */
public final class Correlator {

    /** A correlation reached for one group: how many events or values, over which span. */
    public record Hit(Correlation correlation, Map<String, String> group, long value, Instant first, Instant last) {
    }

    /** One event in a window: when, through which rule, and the counted value (value_count). */
    public record Seen(Instant at, String rule, String value) {
    }

    /** A correlation's window for one group, as kept between runs, with the source that fed it last (may be null). */
    public record Window(String correlation, List<String> group, List<Seen> seen, String source) {

        public Window(String correlation, List<String> group, List<Seen> seen) {
            this(correlation, group, seen, null);
        }
    }

    private final List<Correlation> correlations;
    private final Map<String, Map<List<String>, Deque<Seen>>> windows = new HashMap<>();
    private final Map<String, java.util.Set<List<String>>> changed = new HashMap<>();
    /** Per correlation and group: the source of the window's newest event. */
    private final Map<String, Map<List<String>, String>> fedBy = new HashMap<>();
    /** Per source: the newest event time seen from it. */
    private final Map<String, Instant> clocks = new HashMap<>();
    /** The clocks at the last prune, and whether one has moved far enough since for a prune to find anything worth it. */
    private Map<String, Instant> clocksAtPrune = new HashMap<>();
    private boolean pruneDue = true;
    private final Duration pruneStep;

    public Correlator(List<Correlation> correlations) {
        this.correlations = correlations;
        // A window is droppable once its source's clock passes it by the timespan; looking again before the clock has
        // moved a tenth of the shortest timespan would scan every window to find next to nothing.
        Duration shortest = correlations.stream().map(Correlation::timespan).min(Duration::compareTo).orElse(Duration.ofMinutes(1));
        this.pruneStep = shortest.dividedBy(10).compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : shortest.dividedBy(10);
    }

    /** Feeds one event and the base rules it matched; returns the correlations it completes. */
    public List<Hit> accept(Instant at, Map<String, Object> event, List<SigmaRule> matched) {
        return accept(null, at, event, matched);
    }

    /** As {@link #accept(Instant, Map, List)}, for an event of {@code source}, whose clock moves on to {@code at}. */
    public List<Hit> accept(String source, Instant at, Map<String, Object> event, List<SigmaRule> matched) {
        observe(source, at);
        List<Hit> hits = new ArrayList<>();
        for (Correlation c : correlations) {
            for (SigmaRule rule : matched) {
                String ref = c.rules().contains(rule.id()) ? rule.id() : rule.name();
                if (ref == null || !c.rules().contains(ref)) {
                    continue;
                }
                List<String> key = c.groupKey(rule, event);
                if (key.contains(null)) {
                    continue;
                }
                Deque<Seen> window = windows.computeIfAbsent(c.id(), k -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayDeque<>());
                String value = c.valueField() == null ? null
                        : event.get(c.valueField()) == null ? null : FieldMatchers.text(event.get(c.valueField()));
                if (c.type().equals("value_count") && value == null) {
                    continue;
                }
                window.addLast(new Seen(at, ref, value));
                if (source != null) {
                    fedBy.computeIfAbsent(c.id(), k -> new HashMap<>()).put(key, source);
                }
                changed.computeIfAbsent(c.id(), k -> new java.util.HashSet<>()).add(key);
                while (!window.isEmpty() && window.peekFirst().at().isBefore(at.minus(c.timespan()))) {
                    window.removeFirst();
                }
                long measure = switch (c.type()) {
                    case "event_count" -> window.size();
                    case "value_count" -> window.stream().map(Seen::value).distinct().count();
                    case "temporal" -> window.stream().map(Seen::rule).distinct().count();
                    default -> ordered(c, window);
                };
                if (c.reached(measure)) {
                    Map<String, String> group = new LinkedHashMap<>();
                    for (int i = 0; i < key.size(); i++) {
                        group.put(c.groupBy().get(i), key.get(i));
                    }
                    hits.add(new Hit(c, group, measure, window.peekFirst().at(), at));
                    window.clear();
                }
            }
        }
        return hits;
    }

    /**
     * The windows changed since the last call, empty ones included (their group is gone), so that a caller can store
     * them with its checkpoint.
     */
    public List<Window> drainChanged() {
        List<Window> out = new ArrayList<>();
        changed.forEach((id, keys) -> keys.forEach(key -> out.add(
                new Window(id, key, List.copyOf(windows.getOrDefault(id, Map.of()).getOrDefault(key, new ArrayDeque<>())),
                        fedBy.getOrDefault(id, Map.of()).get(key)))));
        // Only a changed window can have become empty.
        changed.forEach((id, keys) -> {
            Map<List<String>, Deque<Seen>> groups = windows.getOrDefault(id, Map.of());
            Map<List<String>, String> sources = fedBy.getOrDefault(id, Map.of());
            for (List<String> key : keys) {
                Deque<Seen> window = groups.get(key);
                if (window != null && window.isEmpty()) {
                    groups.remove(key);
                    sources.remove(key);
                }
            }
        });
        changed.clear();
        return out;
    }

    /** Moves the source's clock on to {@code at}: every event counts, matched by a rule or not. */
    public void observe(String source, Instant at) {
        if (source != null && at != null) {
            Instant clock = clocks.merge(source, at, (a, b) -> a.isAfter(b) ? a : b);
            Instant atPrune = clocksAtPrune.get(source);
            if (atPrune == null || !clock.isBefore(atPrune.plus(pruneStep))) {
                pruneDue = true;
            }
        }
    }

    /**
     * Empties every window whose newest event is older than its correlation's timespan by its source's clock; the
     * next {@link #drainChanged()} reports them empty, so the caller deletes them. Returns how many were emptied.
     */
    public int prune() {
        if (!pruneDue) {
            return 0;
        }
        pruneDue = false;
        clocksAtPrune = new HashMap<>(clocks);
        int pruned = 0;
        for (Correlation c : correlations) {
            Map<List<String>, Deque<Seen>> groups = windows.get(c.id());
            Map<List<String>, String> sources = fedBy.getOrDefault(c.id(), Map.of());
            if (groups == null) {
                continue;
            }
            for (Map.Entry<List<String>, Deque<Seen>> e : groups.entrySet()) {
                Instant clock = clocks.get(sources.get(e.getKey()));
                Seen newest = e.getValue().peekLast();
                if (clock != null && newest != null && newest.at().isBefore(clock.minus(c.timespan()))) {
                    e.getValue().clear();
                    changed.computeIfAbsent(c.id(), k -> new java.util.HashSet<>()).add(e.getKey());
                    pruned++;
                }
            }
        }
        return pruned;
    }

    /** How many windows are open (not empty), for the tests and the logs. */
    public int openWindows() {
        return windows.values().stream().mapToInt(g -> (int) g.values().stream().filter(d -> !d.isEmpty()).count()).sum();
    }

    /** Starts again from stored windows, forgetting everything held in memory. */
    public void restore(List<Window> stored) {
        windows.clear();
        changed.clear();
        fedBy.clear();
        clocks.clear();
        clocksAtPrune = new HashMap<>();
        pruneDue = true;
        for (Window w : stored) {
            if (!w.seen().isEmpty()) {
                windows.computeIfAbsent(w.correlation(), k -> new HashMap<>()).put(w.group(), new ArrayDeque<>(w.seen()));
                if (w.source() != null) {
                    fedBy.computeIfAbsent(w.correlation(), k -> new HashMap<>()).put(w.group(), w.source());
                    clocks.merge(w.source(), w.seen().get(w.seen().size() - 1).at(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
    }

    /** For temporal_ordered: how many of the rules were seen in their order within the window. */
    private static long ordered(Correlation c, Deque<Seen> window) {
        int next = 0;
        for (Seen s : window) {
            if (next < c.rules().size() && s.rule().equals(c.rules().get(next))) {
                next++;
            }
        }
        return next;
    }
}
