package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.cameras.Recognition;
import vn.tinhso.cameras.RecognitionIntake;

/**
 * Payload → reads → camera → durable rows, in one transaction; only then watchlists, sections and the camera's own
 * violation codes, each in a transaction of its own so a failure there never loses the read.
 */
@Service
class RecognitionIntakeService implements RecognitionIntake {

    private static final Logger log = LoggerFactory.getLogger(RecognitionIntakeService.class);

    private final CameraRegistry cameras;
    private final ReadStore reads;
    private final WatchlistHits hits;
    private final SectionSpeed sections;
    private final Violations violations;
    private final TransactionTemplate transaction;
    private final ZoneOffset localOffset;

    RecognitionIntakeService(CameraRegistry cameras, ReadStore reads, WatchlistHits hits, SectionSpeed sections,
                             Violations violations, PlatformTransactionManager transactions,
                             @Value("${tinhso.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.cameras = cameras;
        this.reads = reads;
        this.hits = hits;
        this.sections = sections;
        this.violations = violations;
        this.transaction = new TransactionTemplate(transactions);
        this.localOffset = ZoneId.of(zone).getRules().getOffset(Instant.now());
    }

    @Override
    public Received receive(String cameraHint, String contentType, String format, byte[] body) {
        List<Recognition> parsed;
        try {
            parsed = RecognitionFormats.read(body, contentType, format, localOffset);
        } catch (BadPayload e) {
            return setAside(cameraHint, contentType, e.getMessage(), body);
        }
        List<Recognition> attributed = new ArrayList<>(parsed.size());
        for (Recognition r : parsed) {
            String named = cameraHint != null && !cameraHint.isBlank() ? cameraHint : r.camera();
            var code = cameras.resolve(named);
            if (code.isEmpty()) {
                return setAside(cameraHint, contentType, named == null ? "the payload names no camera and the address gives none"
                        : "no registered camera is called " + named, body);
            }
            attributed.add(r.withCamera(code.get()));
        }
        List<StoredRead> stored;
        try {
            stored = store(attributed);
        } catch (org.springframework.dao.DataAccessException first) {
            // A deadlock or a serialisation failure with a concurrent payload: once more, then keep it aside, never lose it.
            try {
                stored = store(attributed);
            } catch (org.springframework.dao.DataAccessException again) {
                log.error("Camera payload could not be stored", again);
                return setAside(cameraHint, contentType, "storage failed: " + again.getMostSpecificCause().getMessage(), body);
            }
        }
        int hitCount = 0;
        for (StoredRead s : stored) {
            try {
                if (hits.mayMatch(s)) hitCount += hits.match(s).size();
                if ((s.newPass() || "update".equals(s.read().lifecycle())) && sections.endsAt(s.camera())) sections.judge(s);
                if (s.read().violationCode() != null) cameraViolation(s);
            } catch (RuntimeException e) {
                log.error("Read {} of camera {} is stored, but matching it failed", s.id(), s.camera(), e);
            }
        }
        return new Received(stored.size(), null, null, hitCount, stored.stream().map(StoredRead::id).toList());
    }

    private List<StoredRead> store(List<Recognition> attributed) {
        return transaction.execute(status -> {
            List<StoredRead> out = reads.storeAll(attributed);
            reads.count(out);
            java.util.Map<String, Instant> latest = new java.util.HashMap<>();
            for (Recognition r : attributed) latest.merge(r.camera(), r.time(), (a, b) -> a.isAfter(b) ? a : b);
            cameras.seenAll(latest);
            return out;
        });
    }

    private Received setAside(String hint, String contentType, String reason, byte[] body) {
        long id = reads.setAside(hint, contentType, reason, body);
        log.warn("Camera payload set aside as #{}: {}", id, reason);
        return new Received(0, id, reason, 0, List.of());
    }

    private void cameraViolation(StoredRead s) {
        Recognition r = s.read();
        if (r.plate() == null) return;
        String code = r.violationCode().toLowerCase(Locale.ROOT);
        String kind = code.contains("redlight") || code.contains("red_light") || code.contains("runred") ? "red_light"
                : code.contains("lane") || code.contains("wrongway") || code.contains("retrograde") ? "wrong_lane"
                : code.contains("speed") ? "spot_speed" : "other";
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("read_id", s.id());
        evidence.put("camera", s.camera());
        evidence.put("camera_time", RecognitionJson.UTC_MILLIS.format(r.time()));
        evidence.put("violation_code", r.violationCode());
        evidence.put("plate", r.plate().display());
        evidence.put("images", r.images().stream().map(Recognition.Image::sha256).filter(java.util.Objects::nonNull).sorted().toList());
        if (r.speedKmh() != null) evidence.put("speed_kmh", r.speedKmh());
        if (r.speedLimitKmh() != null) evidence.put("speed_limit_kmh", r.speedLimitKmh());
        transaction.executeWithoutResult(status -> violations.record(kind, s.camera(), r.time(), r.plate().canonical(),
                r.plate().display(), null, null, s.id(), evidence));
    }

    @Override
    public boolean heartbeat(String camera, Instant at) {
        var code = cameras.resolve(camera);
        code.ifPresent(c -> transaction.executeWithoutResult(s -> cameras.heard(c, at.isAfter(Instant.now()) ? Instant.now() : at, null)));
        return code.isPresent();
    }
}
