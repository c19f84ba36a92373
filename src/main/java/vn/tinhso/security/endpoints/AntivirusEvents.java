package vn.tinhso.security.endpoints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.WakeOnAppend;

/**
 * Reads antivirus events from the event log (consumer {@code security.endpoints}): ClamAV and generic antivirus lines
 * the streams parsers mark {@code event.category = malware}, and agent status events in JSON carrying
 * {@code antivirus.signatures.updated} (and {@code antivirus.signatures.version}). Each one refreshes the host's last
 * contact; detections are kept for the 30-day count.
 */
@Component
class AntivirusEvents {

    static final String CONSUMER = "security.endpoints";
    private static final Map<String, String> VENDORS_BY_PROCESS = Map.of("clamd", "ClamAV", "clamscan", "ClamAV", "freshclam", "ClamAV");

    private final EventLog log;
    private final EndpointInventory inventory;

    private WakeOnAppend wake;

    AntivirusEvents(EventLog log, EndpointInventory inventory,
                    @Value("${tinhso.security.detection.wake-on-append:true}") boolean wakeOnAppend) {
        this.log = log;
        this.inventory = inventory;
        if (wakeOnAppend) {
            // Read close behind the head of the log, where the events are still in memory, not two seconds behind.
            this.wake = new WakeOnAppend(log, "antivirus-events", this::poll);
        }
    }

    @PreDestroy
    void stop() {
        if (wake != null) {
            wake.close();
        }
    }

    @Scheduled(initialDelayString = "${tinhso.security.detection.interval:2s}", fixedDelayString = "${tinhso.security.detection.interval:2s}")
    void poll() {
        while (runOnce() > 0) {
            // keep reading while the log has events
        }
    }

    synchronized int runOnce() {
        return log.consume(CONSUMER, 5_000, this::handle);
    }

    private void handle(List<Event> events) {
        for (Event e : events) {
            // Drill injects exercise the SOC; they are not hosts of the province.
            if (e.source() != null && e.source().startsWith("drill:")) continue;
            Map<String, Object> f = e.fields();
            boolean detection = "malware".equals(f.get("event.category"));
            String signatures = text(f, "antivirus.signatures.updated");
            String host = text(f, "host.name");
            if ((!detection && signatures == null) || host == null || host.isBlank() || host.length() > 253) continue;
            String vendor = text(f, "observer.vendor");
            if (vendor == null) vendor = VENDORS_BY_PROCESS.get(text(f, "process.name"));
            if (vendor == null) vendor = text(f, "agent.name");
            String version = text(f, "observer.version");
            if (version == null) version = text(f, "agent.version");
            inventory.report(new EndpointInventory.Reported(host, null, vendor, version, text(f, "antivirus.signatures.version"),
                    date(signatures), e.timestamp(), null), null);
            if (detection) {
                String threat = text(f, "threat.indicator.name");
                inventory.detection(host, e.timestamp(), threat == null ? "unknown" : threat, text(f, "file.path"), e.sequence());
            }
        }
    }

    /** A field as text, cut to 500 characters and without control characters, which PostgreSQL text may refuse (NUL). */
    private static String text(Map<String, Object> f, String key) {
        Object v = f.get(key);
        if (v == null) return null;
        String s = String.valueOf(v);
        if (s.chars().anyMatch(Character::isISOControl)) {
            s = s.replaceAll("\\p{Cntrl}", " ");
        }
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    /** A date or a timestamp; anything else is no date. */
    private static LocalDate date(String s) {
        if (s == null) return null;
        try {
            return s.length() <= 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException ex) {
            try {
                return Instant.parse(s).atOffset(java.time.ZoneOffset.UTC).toLocalDate();
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
