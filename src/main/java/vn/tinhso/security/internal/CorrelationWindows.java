package vn.tinhso.security.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
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
        Map<List<String>, Correlator.Window> gone = new LinkedHashMap<>();
        Map<List<String>, Correlator.Window> kept = new LinkedHashMap<>();
        for (Correlator.Window w : changed) {
            List<String> id = List.of(w.correlation(), JSON.writeValueAsString(w.group()));
            (w.seen().isEmpty() ? gone : kept).put(id, w);
        }
        if (!gone.isEmpty()) {
            jdbc.sql("""
                    delete from security.correlation_window w using jsonb_array_elements(cast(:rows as jsonb)) g
                    where w.correlation = g->>'c' and w.group_key = g->>'k'""")
                    .param("rows", rows(gone)).update();
        }
        if (!kept.isEmpty()) {
            jdbc.sql("""
                    insert into security.correlation_window (correlation, group_key, seen, source)
                    select r->>'c', r->>'k', r->'s', r->>'src' from jsonb_array_elements(cast(:rows as jsonb)) r
                    on conflict (correlation, group_key) do update set seen = excluded.seen, source = excluded.source""")
                    .param("rows", rows(kept)).update();
        }
    }

    /** [{"c": correlation, "k": group key, "s": [{"at", "rule", "value"}, …], "src": source}, …], written as it goes. */
    private static String rows(Map<List<String>, Correlator.Window> windows) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            windows.forEach((id, w) -> {
                g.writeStartObject();
                g.writeStringProperty("c", id.get(0));
                g.writeStringProperty("k", id.get(1));
                g.writeName("s");
                g.writeStartArray();
                for (Correlator.Seen seen : w.seen()) {
                    g.writeStartObject();
                    g.writeStringProperty("at", seen.at().toString());
                    g.writeStringProperty("rule", seen.rule());
                    g.writeStringProperty("value", seen.value());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringProperty("src", w.source());
                g.writeEndObject();
            });
            g.writeEndArray();
        }
        return out.toString();
    }
}
