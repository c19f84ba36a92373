package vn.tinhso.cameras.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;
import vn.tinhso.cameras.Recognition;

/**
 * Matches stored reads against the watchlists valid on their day and raises each hit as an alert. The alert names the
 * camera, the list and the hit, not the plate: the plate is seen on the hit's page, by a role that may.
 */
@Service
public class WatchlistHits {

    private final Watchlists lists;
    private final Alerts alerts;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final int nearDistance;
    private final double faceThreshold;

    WatchlistHits(Watchlists lists, Alerts alerts, AuditLog audit, JdbcClient jdbc,
                  @Value("${tinhso.time-zone:Asia/Ho_Chi_Minh}") String zone,
                  @Value("${tinhso.cameras.near-match-distance:1}") int nearDistance,
                  @Value("${tinhso.cameras.face-similarity:0.6}") double faceThreshold) {
        this.lists = lists;
        this.alerts = alerts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
        this.nearDistance = Math.max(0, Math.min(1, nearDistance));
        this.faceThreshold = faceThreshold;
    }

    record Hit(long id, long readId, Watchlists.Entry entry, Watchlists.Watchlist list, int distance, Double similarity, long alertId) {
    }

    /** Without a transaction: whether the read could hit anything at all (most reads cannot). */
    boolean mayMatch(StoredRead stored) {
        Recognition r = stored.read();
        Watchlists.Index index = lists.index();
        if (r.type() == Recognition.Type.FACE) return !index.faces().isEmpty();
        return r.type() == Recognition.Type.PLATE && r.plate() != null
                && !PlateMatcher.find(index.plates(), index.nearMatched(), r.plate().canonical(), nearDistance).isEmpty();
    }

    @Transactional
    List<Hit> match(StoredRead stored) {
        Recognition r = stored.read();
        Watchlists.Index index = lists.index();
        LocalDate day = r.time().atZone(zone).toLocalDate();
        List<Hit> hits = new ArrayList<>();
        if (r.type() == Recognition.Type.PLATE && r.plate() != null) {
            for (PlateMatcher.Match m : PlateMatcher.find(index.plates(), index.nearMatched(), r.plate().canonical(), nearDistance)) {
                Watchlists.Watchlist list = index.lists().get(m.entry().watchlist());
                if (list == null || !m.entry().validOn(day) || m.distance() > 0 && !list.nearMatch()) continue;
                raise(stored, m.entry(), list, m.distance(), null).ifPresent(hits::add);
            }
        } else if (r.type() == Recognition.Type.FACE) {
            for (Watchlists.Entry e : index.faces()) {
                Watchlists.Watchlist list = index.lists().get(e.watchlist());
                if (list == null || !e.validOn(day)) continue;
                if (r.faceId() != null && r.faceId().equals(e.faceId())) {
                    raise(stored, e, list, 0, r.confidence()).ifPresent(hits::add);
                } else if (!r.embedding().isEmpty() && e.embedding() != null) {
                    double similarity = PlateMatcher.cosine(r.embedding(), e.embedding());
                    if (similarity >= faceThreshold) raise(stored, e, list, 0, similarity).ifPresent(hits::add);
                }
            }
        }
        if (!hits.isEmpty()) jdbc.sql("update cameras.read set hit = true where id = :id").param("id", stored.id()).update();
        return hits;
    }

    private java.util.Optional<Hit> raise(StoredRead stored, Watchlists.Entry entry, Watchlists.Watchlist list, int distance,
                                          Double similarity) {
        Recognition r = stored.read();
        Long id = jdbc.sql("""
                insert into cameras.hit (read_id, entry_id, camera, at, read_plate, distance, similarity)
                values (:read, :entry, :camera, :at, :plate, :distance, :similarity)
                on conflict (read_id, entry_id) do nothing returning id""")
                .param("read", stored.id()).param("entry", entry.id()).param("camera", stored.camera())
                .param("at", r.time().atOffset(java.time.ZoneOffset.UTC)).param("plate", r.plate() == null ? null : r.plate().canonical())
                .param("distance", distance).param("similarity", similarity).query(Long.class).optional().orElse(null);
        if (id == null) return java.util.Optional.empty();
        Severity severity = switch (list.kind()) {
            case "stolen_vehicle", "wanted", "face" -> distance == 0 ? Severity.HIGH : Severity.MEDIUM;
            default -> distance == 0 ? Severity.MEDIUM : Severity.LOW;
        };
        Alert alert = alerts.raise(new AlertDraft("cameras", "watchlist:" + list.code(),
                (distance == 0 ? "Watchlist hit: " : "Near watchlist hit: ") + list.name(), severity,
                Map.of("camera", stored.camera(), "watchlist", list.code(), "hit", String.valueOf(id)), r.time(), r.time(), 1));
        jdbc.sql("update cameras.hit set alert_id = :a where id = :id").param("a", alert.id()).param("id", id).update();
        return java.util.Optional.of(new Hit(id, stored.id(), entry, list, distance, similarity, alert.id()));
    }

    /** An operator's decision on a hit, with its reason, audited; the alert is closed with it. */
    @Transactional
    public void decide(long hitId, boolean confirmed, String reason, String actor) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a decision needs its reason");
        var row = jdbc.sql("select status, alert_id from cameras.hit where id = :id for update").param("id", hitId)
                .query((rs, n) -> new Object[] {rs.getString("status"), rs.getObject("alert_id")}).optional()
                .orElseThrow(() -> new vn.tinhso.platform.NotFoundException("no hit " + hitId));
        if (!"pending".equals(row[0])) throw new IllegalStateException("hit " + hitId + " was already " + row[0]);
        jdbc.sql("update cameras.hit set status = :s, decided_by = :actor, decided_at = now(), reason = :reason where id = :id")
                .param("s", confirmed ? "confirmed" : "dismissed").param("actor", actor).param("reason", reason.strip())
                .param("id", hitId).update();
        audit.record(new AuditEntry(actor, confirmed ? "camera.hit.confirm" : "camera.hit.dismiss", "camera-hit",
                String.valueOf(hitId), null, reason.strip()));
        if (row[1] != null) {
            long alertId = ((Number) row[1]).longValue();
            alerts.alert(alertId).filter(a -> !"closed".equalsIgnoreCase(a.status()))
                    .ifPresent(a -> alerts.setStatus(alertId, "closed", actor));
        }
    }
}
