package vn.tinhso.streams.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * Log shippers post a batch of lines (JSON lines by default); the answer comes after the batch is committed, so an
 * acknowledged batch is never lost, and it names every line kept aside with its reason.
 */
@RestController
@RequestMapping("/api/streams")
class EventsApiController {

    private final Intake intake;
    private final int maxLines;

    EventsApiController(Intake intake, @Value("${tinhso.streams.http.max-lines:100000}") int maxLines) {
        this.intake = intake;
        this.maxLines = maxLines;
    }

    @PostMapping("/events")
    @PreAuthorize(Role.IS_ADMIN_OR_SOC)
    ResponseEntity<?> post(HttpServletRequest request, @RequestParam(defaultValue = "http") String source,
                           @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) String tz) throws IOException {
        LogFormat chosen;
        ZoneId zone;
        try {
            chosen = LogFormat.of(format);
            zone = tz == null ? ZoneOffset.UTC : ZoneId.of(tz);
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().body(java.util.Map.of("error", "unknown format or time zone: " + e.getMessage()));
        }
        List<String> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(request.getInputStream(), decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
                if (lines.size() > maxLines) {
                    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                            .body(java.util.Map.of("error", "a batch holds at most " + maxLines + " lines"));
                }
            }
        }
        return ResponseEntity.ok(intake.accept(source, chosen, new ParseOptions(year, zone, java.time.Clock.systemUTC()), lines));
    }
}
