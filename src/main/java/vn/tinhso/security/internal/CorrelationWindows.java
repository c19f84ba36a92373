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

    /** Replaces the stored windows that changed; an emptied (fired or pruned) window is deleted. */
    void save(List<Correlator.Window> changed) {
        for (Correlator.Window w : changed) {
            String key = JSON.writeValueAsString(w.group());
            if (w.seen().isEmpty()) {
                jdbc.sql("delete from security.correlation_window where correlation = :c and group_key = :k")
                        .param("c", w.correlation()).param("k", key).update();
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
            jdbc.sql("""
                    insert into security.correlation_window (correlation, group_key, seen, source)
                    values (:c, :k, cast(:s as jsonb), :src)
                    on conflict (correlation, group_key) do update set seen = excluded.seen, source = excluded.source""")
                    .param("c", w.correlation()).param("k", key).param("s", JSON.writeValueAsString(seen))
                    .param("src", w.source()).update();
        }
    }
}
