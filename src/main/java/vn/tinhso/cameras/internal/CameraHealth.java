package vn.tinhso.cameras.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;
import vn.tinhso.cameras.Camera;

/**
 * A camera's health from what it sends (heartbeats and reads): online while heard within {@code silent-after}, silent
 * until {@code offline-after}, then offline; cameras in maintenance or retired are shown as such. A camera that was
 * heard and then went offline raises an alert (repeats are grouped into it while it stays open).
 */
@Service
public class CameraHealth {

    public enum Status { ONLINE, SILENT, OFFLINE, MAINTENANCE, RETIRED }

    public record CameraStatus(Camera camera, Status status) {
    }

    private final CameraRegistry registry;
    private final Alerts alerts;
    private final Duration silentAfter;
    private final Duration offlineAfter;

    CameraHealth(CameraRegistry registry, Alerts alerts,
                 @Value("${tinhso.cameras.silent-after:10m}") Duration silentAfter,
                 @Value("${tinhso.cameras.offline-after:1h}") Duration offlineAfter) {
        this.registry = registry;
        this.alerts = alerts;
        this.silentAfter = silentAfter;
        this.offlineAfter = offlineAfter;
    }

    public Status status(Camera c, Instant now) {
        if (c.status().equals("maintenance")) return Status.MAINTENANCE;
        if (c.status().equals("retired")) return Status.RETIRED;
        if (c.lastSeen() == null) return Status.OFFLINE;
        Duration quiet = Duration.between(c.lastSeen(), now);
        return quiet.compareTo(silentAfter) <= 0 ? Status.ONLINE : quiet.compareTo(offlineAfter) <= 0 ? Status.SILENT : Status.OFFLINE;
    }

    public List<CameraStatus> all(Instant now) {
        return registry.all().stream().map(c -> new CameraStatus(c, status(c, now))).toList();
    }

    public Map<Status, Long> counts(Instant now) {
        Map<Status, Long> counts = new TreeMap<>();
        for (Status s : Status.values()) counts.put(s, 0L);
        for (CameraStatus c : all(now)) counts.merge(c.status(), 1L, Long::sum);
        return counts;
    }

    @Scheduled(fixedDelayString = "${tinhso.cameras.health-check-interval:60s}", initialDelayString = "${tinhso.cameras.health-check-interval:60s}")
    public void raiseOfflineAlerts() {
        Instant now = Instant.now();
        for (CameraStatus c : all(now)) {
            if (c.status() != Status.OFFLINE || c.camera().lastSeen() == null) continue;
            alerts.raise(new AlertDraft("cameras", "camera-offline", "Camera offline: " + c.camera().name(),
                    c.camera().ai() ? Severity.MEDIUM : Severity.LOW, Map.of("camera", c.camera().code()),
                    c.camera().lastSeen(), now, 1));
        }
    }
}
