package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.cameras.RecognitionIntake;

/**
 * Payloads kept aside (unreadable, or from a camera the registry does not know) for an operator to review: once the
 * camera is registered, or the format fixed, a payload is received again; one that still fails stays aside.
 */
@Service
public class SetAsidePayloads {

    public record SetAside(long id, Instant receivedAt, String cameraHint, String contentType, String reason, int bytes,
                           boolean reviewed) {
    }

    private final JdbcClient jdbc;
    private final RecognitionIntake intake;
    private final AuditLog audit;

    SetAsidePayloads(JdbcClient jdbc, RecognitionIntake intake, AuditLog audit) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.audit = audit;
    }

    public List<SetAside> waiting(int limit) {
        return jdbc.sql("""
                select id, received_at, camera_hint, content_type, reason, length(body) as bytes, reviewed
                from cameras.set_aside where not reviewed order by id desc limit :limit""")
                .param("limit", limit).query((rs, n) -> new SetAside(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getBoolean(7))).list();
    }

    /** Receives the payload again, for the camera named (or its own hint); returns what happened. */
    public RecognitionIntake.Received retry(long id, String camera, String actor) {
        record Kept(String hint, String type, byte[] body) {
        }
        Kept kept = jdbc.sql("select camera_hint, content_type, body from cameras.set_aside where id = :id and not reviewed")
                .param("id", id).query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new vn.tinhso.platform.NotFoundException("no payload " + id + " waiting for review"));
        String named = camera == null || camera.isBlank() ? kept.hint() : camera.strip();
        RecognitionIntake.Received r = intake.receive(named, kept.type(), "auto", kept.body());
        if (r.setAside() == null) {
            jdbc.sql("update cameras.set_aside set reviewed = true where id = :id").param("id", id).update();
        } else {
            // The retry was set aside again as a new row: keep one row per payload.
            jdbc.sql("delete from cameras.set_aside where id = :id").param("id", r.setAside()).update();
        }
        audit.record(new AuditEntry(actor, "camera.payload.retry", "camera-payload", String.valueOf(id), null,
                r.setAside() == null ? r.stored() + " reads stored" : "still set aside: " + r.reason()));
        return r;
    }

    public void dismiss(long id, String actor) {
        jdbc.sql("update cameras.set_aside set reviewed = true where id = :id").param("id", id).update();
        audit.record(new AuditEntry(actor, "camera.payload.dismiss", "camera-payload", String.valueOf(id), null, null));
    }

    Optional<Long> count() {
        return Optional.of(jdbc.sql("select count(*) from cameras.set_aside where not reviewed").query(Long.class).single());
    }
}
