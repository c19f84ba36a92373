package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * Violation records, each carrying its evidence and chained to the one before by SHA-256 over (previous hash, evidence),
 * like the audit log: a record changed or removed afterwards breaks the chain at that point.
 */
@Repository
public class Violations {

    static final String GENESIS = "0".repeat(64);
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final JdbcClient jdbc;

    Violations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Violation(long id, String kind, String camera, Instant at, String canonical, String display, String sectionCode,
                     String evidence, String prevHash, String hash, String status, String reviewedBy, String reason) {

        public String maskedDisplay() {
            return PlateMask.mask(display);
        }
    }

    /** Appends a violation unless the same one (kind and reads) is recorded; returns its id. */
    Optional<Long> record(String kind, String camera, Instant at, String canonical, String display, String section,
                          Long entryRead, Long exitRead, Map<String, Object> evidence) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('cameras.violation'))").query(Object.class).single();
        Long existing = jdbc.sql("""
                select id from cameras.violation where kind = :kind and entry_read is not distinct from :entry
                  and exit_read is not distinct from :exit""")
                .param("kind", kind).param("entry", entryRead).param("exit", exitRead).query(Long.class).optional().orElse(null);
        if (existing != null) return Optional.empty();
        String prev = jdbc.sql("select hash from cameras.violation order by id desc limit 1").query(String.class).optional().orElse(GENESIS);
        String text = CANONICAL.writeValueAsString(evidence);
        String hash = RecognitionFormats.sha256((prev + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Optional.of(jdbc.sql("""
                insert into cameras.violation (kind, camera, at, canonical, display, section_code, entry_read, exit_read, evidence, prev_hash, hash)
                values (:kind, :camera, :at, :canonical, :display, :section, :entry, :exit, cast(:evidence as jsonb), :prev, :hash)
                returning id""")
                .param("kind", kind).param("camera", camera).param("at", at.atOffset(ZoneOffset.UTC)).param("canonical", canonical)
                .param("display", display).param("section", section).param("entry", entryRead).param("exit", exitRead)
                .param("evidence", text).param("prev", prev).param("hash", hash).query(Long.class).single());
    }

    /**
     * Recomputes the chain; returns the id of the first record whose evidence or link does not hold, empty when all do.
     * The evidence is re-serialised canonically (keys sorted), as when it was hashed.
     */
    public Optional<Long> firstBroken() {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("select id, evidence::text as evidence, prev_hash, hash from cameras.violation order by id")
                .query(rs -> { rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)}); });
        String prev = GENESIS;
        for (Object[] r : rows) {
            JsonNode evidence = CANONICAL.readTree((String) r[1]);
            String text = CANONICAL.writeValueAsString(CANONICAL.treeToValue(evidence, Object.class));
            String expected = RecognitionFormats.sha256((prev + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (!prev.equals(r[2]) || !expected.equals(r[3])) return Optional.of((Long) r[0]);
            prev = (String) r[3];
        }
        return Optional.empty();
    }

    public List<Violation> list(String status, int limit) {
        return jdbc.sql("""
                select * from cameras.violation where (cast(:status as text) is null or status = :status) order by at desc limit :limit""")
                .param("status", status).param("limit", limit).query((rs, n) -> violation(rs)).list();
    }

    public Optional<Violation> violation(long id) {
        return jdbc.sql("select * from cameras.violation where id = :id").param("id", id).query((rs, n) -> violation(rs)).optional();
    }

    public boolean review(long id, boolean confirmed, String reason, String actor) {
        return jdbc.sql("""
                update cameras.violation set status = :s, reviewed_by = :actor, reviewed_at = now(), reason = :reason
                where id = :id and status = 'pending'""")
                .param("s", confirmed ? "confirmed" : "rejected").param("actor", actor).param("reason", reason).param("id", id)
                .update() == 1;
    }

    long pending() {
        return jdbc.sql("select count(*) from cameras.violation where status = 'pending'").query(Long.class).single();
    }

    private static Violation violation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Violation(rs.getLong("id"), rs.getString("kind"), rs.getString("camera"),
                rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("canonical"), rs.getString("display"),
                rs.getString("section_code"), rs.getString("evidence"), rs.getString("prev_hash"), rs.getString("hash"),
                rs.getString("status"), rs.getString("reviewed_by"), rs.getString("reason"));
    }
}
