package vn.tinhso.cameras;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered camera. Its stream credentials are stored encrypted and never part of this value.
 *
 * @param deviceIds what the camera calls itself in its payloads (serial number, MAC, IP address)
 * @param clockOffsetMs how far the camera's clock runs ahead of true time, measured (ONVIF GetSystemDateAndTime)
 * @param driftMs how late its latest live read arrived after its own time stamp, null before any
 */
public record Camera(String code, String name, String kind, Double latitude, Double longitude, String communeCode,
                     String road, String direction, String vendor, String model, List<String> deviceIds,
                     String streamUrl, String snapshotUrl, boolean hasCredentials, int clockOffsetMs, LocalDate installedOn,
                     String status, String groupCode, Instant lastSeen, Long driftMs) {

    public Camera {
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }

    public boolean ai() {
        return kind.startsWith("ai_");
    }
}
