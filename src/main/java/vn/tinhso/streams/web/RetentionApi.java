package vn.tinhso.streams.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.Role;
import vn.tinhso.streams.internal.EventRetention;

/** How long events are kept per source, the day partitions they are kept in, and retention applied on demand. */
@RestController
@RequestMapping("/api/streams/retention")
class RetentionApi {

    record RetentionView(int defaultDays, List<EventRetention.Rule> rules, List<EventRetention.Partition> partitions) {
    }

    private final EventRetention retention;
    private final AuditLog audit;

    RetentionApi(EventRetention retention, AuditLog audit) {
        this.retention = retention;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Role.IS_ADMIN_OR_SOC)
    RetentionView view() {
        return new RetentionView(retention.defaultDays(), retention.rules(), retention.partitions());
    }

    @PutMapping
    @PreAuthorize(Role.IS_ADMIN)
    ResponseEntity<?> set(@RequestBody EventRetention.Rule rule, Authentication who) {
        if (rule.sourcePrefix() == null || rule.sourcePrefix().length() > 200 || rule.days() <= 0 || rule.days() > 36_500) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "a rule needs a sourcePrefix (up to 200 characters; empty matches every source) and days from 1 to 36500"));
        }
        retention.set(rule.sourcePrefix(), rule.days(), who.getName());
        audit.record(new AuditEntry(null, "streams.retention.set", "event-retention", rule.sourcePrefix(), null,
                "kept " + rule.days() + " days"));
        return ResponseEntity.ok(view());
    }

    @DeleteMapping
    @PreAuthorize(Role.IS_ADMIN)
    ResponseEntity<?> remove(@RequestParam String sourcePrefix) {
        if (!retention.remove(sourcePrefix)) {
            return ResponseEntity.status(404).body(Map.of("error", "no retention rule for the prefix '" + sourcePrefix + "'"));
        }
        audit.record(new AuditEntry(null, "streams.retention.remove", "event-retention", sourcePrefix, null, null));
        return ResponseEntity.ok(view());
    }

    @PostMapping("/apply")
    @PreAuthorize(Role.IS_ADMIN)
    EventRetention.Applied apply() {
        EventRetention.Applied applied = retention.apply();
        audit.record(new AuditEntry(null, "streams.retention.apply", "event-retention", null, null,
                applied.partitionsDropped() + " day partitions dropped, " + applied.rowsDeleted() + " events deleted"));
        return applied;
    }
}
