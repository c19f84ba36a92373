package vn.tinhso.indicators.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.indicators.internal.Scorecards.Verification;

@Repository
class ComponentVerifications {

    private final JdbcClient jdbc;

    ComponentVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String scorecard, String component, String unit, String period, String status, String evidence, String note,
             String decidedBy) {
        jdbc.sql("""
                insert into indicators.component_verification (scorecard, component, unit, period, status, evidence, note, decided_by)
                values (:s, :c, :u, :p, :status, :evidence, :note, :by)""")
                .param("s", scorecard).param("c", component).param("u", unit).param("p", period).param("status", status)
                .param("evidence", evidence).param("note", note).param("by", decidedBy).update();
    }

    /** The newest decision per component of a scorecard, for one unit and period. */
    Map<String, Verification> current(String scorecard, String unit, String period) {
        Map<String, Verification> current = new HashMap<>();
        jdbc.sql("""
                select distinct on (component) component, status, evidence, note, decided_by, decided_at
                from indicators.component_verification where scorecard = :s and unit = :u and period = :p
                order by component, id desc""")
                .param("s", scorecard).param("u", unit).param("p", period)
                .query(rs -> {
                    current.put(rs.getString("component"), new Verification(rs.getString("status"), rs.getString("evidence"),
                            rs.getString("note"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant()));
                });
        return current;
    }
}
