package vn.tinhso.cameras.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.tinhso.access.Role;
import vn.tinhso.cameras.RecognitionIntake;

/**
 * Where cameras push what they recognise: Hikvision ANPR multipart, Dahua TrafficJunction, AXIS LPV, ONVIF metadata,
 * Frigate and the generic JSON, told apart by content. Answered after the reads are committed (cameras do not retry).
 */
@RestController
@Tag(name = "cameras")
@PreAuthorize(Role.IS_ADMIN_OR_CAMERA_OPERATOR)
class CameraReceiverApi {

    private final RecognitionIntake intake;

    CameraReceiverApi(RecognitionIntake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Receive a camera's recognition payload (format recognised from content; ?camera= names the camera when the payload does not)")
    @PostMapping("/api/cameras/events")
    ResponseEntity<ReceiveAnswer> receive(@RequestParam(required = false) String camera,
                                                @RequestParam(defaultValue = "auto") String format,
                                                @RequestAttribute(CameraPayloadFilter.BODY) byte[] body,
                                                @RequestAttribute(name = CameraPayloadFilter.CONTENT_TYPE, required = false) String contentType) {
        return answer(intake.receive(camera, contentType, format, body));
    }

    @Operation(summary = "Receive a payload from the camera named in the path")
    @PostMapping("/api/cameras/events/{camera}")
    ResponseEntity<ReceiveAnswer> receiveFrom(@PathVariable String camera, @RequestParam(defaultValue = "auto") String format,
                                                    @RequestAttribute(CameraPayloadFilter.BODY) byte[] body,
                                                    @RequestAttribute(name = CameraPayloadFilter.CONTENT_TYPE, required = false) String contentType) {
        return answer(intake.receive(camera, contentType, format, body));
    }

    @Operation(summary = "A camera's heartbeat")
    @PostMapping("/api/cameras/heartbeat/{camera}")
    ResponseEntity<HeartbeatAnswer> heartbeat(@PathVariable String camera) {
        boolean known = intake.heartbeat(camera, Instant.now());
        return known ? ResponseEntity.ok(new HeartbeatAnswer(camera, null))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(new HeartbeatAnswer(camera, "no registered camera " + camera));
    }

    private static ResponseEntity<ReceiveAnswer> answer(RecognitionIntake.Received r) {
        return ResponseEntity.status(r.setAside() == null ? HttpStatus.OK : HttpStatus.ACCEPTED).body(ReceiveAnswer.of(r));
    }
}
