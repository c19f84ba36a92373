package vn.tinhso.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.security.sigma.Correlator;

/** The correlations' windows in PostgreSQL; written inside the detector's checkpoint transaction. */
@Component
class CorrelationWindows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> KEY = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> SEEN = new TypeReference<>() { };

    private final JdbcClient jdbc;

    CorrelationWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Correlator.Window> load() {
        return jdbc.sql("select correlation, group_key, seen::text, source from security.correlation_window")
                .query((rs, n) -> new Correlator.Window(rs.getString(1), JSON.readValue(rs.getString(2), KEY),
                        JSON.readValue(rs.getString(3), SEEN).stream()
                                .map(s -> new Correlator.Seen(Instant.parse(s.get("at")), s.get("rule"), s.get("value"))).toList(),
                        rs.getString(4)))
                .list();
    }

    /**
     * Replaces the stored windows that changed; an emptied (fired or pruned) window is deleted. Two statements
     * whatever the number of windows: a busy batch changes thousands of them.
     */
    void save(List<Correlator.Window> changed) {
        List<Map<String, Object>> gone = new ArrayList<>();
        Map<List<String>, Map<String, Object>> kept = new LinkedHashMap<>();
        for (Correlator.Window w : changed) {
            String key = JSON.writeValueAsString(w.group());
            if (w.seen().isEmpty()) {
                gone.add(Map.of("c", w.correlation(), "k", key));
                continue;
            }
            List<Map<String, String>> seen = new ArrayList<>();
            for (Correlator.Seen s : w.seen()) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("at", s.at().toString());
                m.put("rule", s.rule());
                m.put("value", s.value());
                seen.add(m);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("c", w.correlation());
            row.put("k", key);
            row.put("s", seen);
            row.put("src", w.source());
            kept.put(List.of(w.correlation(), key), row);
        }
        if (!gone.isEmpty()) {
            jdbc.sql("""
                    delete from security.correlation_window w using jsonb_array_elements(cast(:rows as jsonb)) g
                    where w.correlation = g->>'c' and w.group_key = g->>'k'""")
                    .param("rows", JSON.writeValueAsString(gone)).update();
        }
        if (!kept.isEmpty()) {
            jdbc.sql("""
                    insert into security.correlation_window (correlation, group_key, seen, source)
                    select r->>'c', r->>'k', r->'s', r->>'src' from jsonb_array_elements(cast(:rows as jsonb)) r
                    on conflict (correlation, group_key) do update set seen = excluded.seen, source = excluded.source""")
                    .param("rows", JSON.writeValueAsString(kept.values())).update();
        }
    }
}
