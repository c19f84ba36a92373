package vn.tinhso.cameras;

import java.util.List;

/**
 * Where camera payloads enter: the HTTP receivers and anything else that holds a payload (the demo's traffic, a
 * replayed capture). A payload is durable when this returns.
 */
public interface RecognitionIntake {

    /**
     * Reads the payload, attributes it to a registered camera and stores its reads; a payload that cannot be read or
     * whose camera is unknown is set aside for review and reported, never dropped.
     *
     * @param cameraHint the camera's code when the receiver's address names it (Dahua and ONVIF payloads do not); may be null
     * @param format     {@code auto} or a format name
     */
    Received receive(String cameraHint, String contentType, String format, byte[] body);

    /** A camera says it is alive. Returns false when no registered camera has that code or device id. */
    boolean heartbeat(String camera, java.time.Instant at);

    /**
     * @param stored    reads stored (passes new or updated)
     * @param setAside  id of the set-aside payload, null when it was stored
     * @param reason    why it was set aside
     * @param hits      watchlist hits raised
     */
    record Received(int stored, Long setAside, String reason, int hits, List<Long> readIds) {
    }
}
