package vn.tinhso.streams;

import java.time.Instant;
import java.util.Map;

/** An event not yet in the log; {@code repeat} &gt; 1 when the sender folded repeats ("message repeated N times"). */
public record ParsedEvent(Instant timestamp, String format, Map<String, Object> fields, String original, int repeat) {
}
