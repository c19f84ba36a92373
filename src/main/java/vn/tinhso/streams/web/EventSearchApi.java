package vn.tinhso.streams.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.streams.internal.EventQuery;
import vn.tinhso.streams.internal.EventSearchResult;
import vn.tinhso.streams.internal.EventSearchService;

/**
 * {@code GET /api/streams/search}: the stored events of a time range (the last 24 hours by default) matching exact field
 * values ({@code field=source.ip:203.0.113.5}, repeatable, all must hold), a piece of the original text ({@code q},
 * case-insensitive) and a source; newest first, with the total, a histogram and the cursor of the next page.
 */
@RestController
@RequestMapping("/api/streams")
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class EventSearchApi {

    private final EventSearchService search;
    private final ZoneId zone;

    EventSearchApi(EventSearchService search, @Value("${tinhso.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.search = search;
        this.zone = zone;
    }

    record Answer(Instant from, Instant to, long total, long bucketSeconds, List<EventSearchResult.Bucket> histogram,
                  List<EventSearchResult.Hit> events, String next) {
    }

    @GetMapping("/search")
    Answer search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String q, HttpServletRequest request,
                  @RequestParam(required = false) String source, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) String after, @RequestParam(required = false) Integer size) {
        // Read as sent: Spring would split a single field=message:a,b at its comma.
        String[] fields = request.getParameterValues("field");
        EventQuery query = EventQuery.of(from, to, q, fields == null ? List.of() : List.of(fields), source, page, after, size, zone, Clock.systemUTC());
        EventSearchResult r = search.search(query, true);
        return new Answer(query.from(), query.to(), r.total(), r.bucket().toSeconds(), r.histogram(), r.events(), r.next());
    }
}
