package vn.tinhso.cameras.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * Deletes what the purpose no longer needs, for real (rows and image files), and writes the counts to the audit log:
 * plate reads without a hit after {@code read-retention} (30 days), face reads after {@code face-retention} (7 days),
 * set-aside payloads after {@code set-aside-retention}. Reads with a hit or behind a violation stay for the case.
 */
@Service
public class RetentionPurge {

    public record Purged(int reads, int faces, int setAside, int images) {
    }

    private final JdbcClient jdbc;
    private final ImageFiles files;
    private final AuditLog audit;
    private final Duration readRetention;
    private final Duration faceRetention;
    private final Duration setAsideRetention;

    RetentionPurge(JdbcClient jdbc, ImageFiles files, AuditLog audit,
                   @Value("${tinhso.cameras.read-retention:30d}") Duration readRetention,
                   @Value("${tinhso.cameras.face-retention:7d}") Duration faceRetention,
                   @Value("${tinhso.cameras.set-aside-retention:90d}") Duration setAsideRetention) {
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
        this.readRetention = readRetention;
        this.faceRetention = faceRetention;
        this.setAsideRetention = setAsideRetention;
    }

    @Scheduled(cron = "${tinhso.cameras.purge-cron:0 30 2 * * *}", zone = "${tinhso.time-zone:Asia/Ho_Chi_Minh}")
    void nightly() {
        purge(Instant.now());
    }

    @Transactional
    public Purged purge(Instant now) {
        Set<String> images = new HashSet<>();
        int reads = delete("type in ('plate', 'count')", now.minus(readRetention), images);
        int faces = delete("type = 'face'", now.minus(faceRetention), images);
        int setAside = jdbc.sql("delete from cameras.set_aside where received_at < :t")
                .param("t", now.minus(setAsideRetention).atOffset(ZoneOffset.UTC)).update();
        int removed = 0;
        for (String sha : images) {
            boolean stillUsed = jdbc.sql("select exists (select 1 from cameras.read where images @> cast(:j as jsonb))")
                    .param("j", "[{\"sha256\":\"" + sha + "\"}]").query(Boolean.class).single();
            if (!stillUsed && files.delete(sha)) removed++;
        }
        Purged p = new Purged(reads, faces, setAside, removed);
        audit.record(new AuditEntry("system", "cameras.purge", "camera-read", null, "retention",
                "deleted " + reads + " plate reads, " + faces + " face reads, " + setAside + " set-aside payloads, " + removed + " image files"));
        return p;
    }

    private int delete(String type, Instant before, Set<String> images) {
        var deleted = jdbc.sql("""
                delete from cameras.read r where %s and r.at < :before and not r.hit
                  and not exists (select 1 from cameras.violation v where v.entry_read = r.id or v.exit_read = r.id)
                returning images::text""".formatted(type))
                .param("before", before.atOffset(ZoneOffset.UTC)).query(String.class).list();
        for (String json : deleted) {
            for (JsonNode i : JsonFields.MAPPER.readTree(json)) {
                JsonNode sha = i.get("sha256");
                if (sha != null && i.has("file")) images.add(sha.asString());
            }
        }
        return deleted.size();
    }
}
