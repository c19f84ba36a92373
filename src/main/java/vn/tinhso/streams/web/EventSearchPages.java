package vn.tinhso.streams.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.streams.internal.EventQuery;
import vn.tinhso.streams.internal.EventSearchResult;
import vn.tinhso.streams.internal.EventSearchService;

/**
 * The event search page: the form, the histogram over the range and the newest matching events; the next rows come
 * through htmx under the ones shown (or as a full page without script). Times typed without offset are province time.
 */
@Controller
@RequestMapping("/streams/search")
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class EventSearchPages {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final EventSearchService search;
    private final ZoneId zone;

    EventSearchPages(EventSearchService search, @Value("${tinhso.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.search = search;
        this.zone = zone;
    }

    @GetMapping
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String q, @RequestParam(required = false) String fields,
                @RequestParam(required = false) String source, @RequestParam(required = false) String after,
                Model model, HttpServletResponse response) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("fields", fields == null ? "" : fields);
        model.addAttribute("source", source == null ? "" : source);
        model.addAttribute("fromInput", "");
        model.addAttribute("toInput", "");
        EventQuery query;
        EventSearchResult result;
        try {
            query = query(from, to, q, fields, source, after);
            model.addAttribute("fromInput", from == null || from.isBlank() ? "" : INPUT.format(LocalDateTime.ofInstant(query.from(), zone)));
            model.addAttribute("toInput", to == null || to.isBlank() ? "" : INPUT.format(LocalDateTime.ofInstant(query.to(), zone)));
            result = search.search(query, true);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "streams/search";
        }
        model.addAttribute("result", result);
        model.addAttribute("chartLabels", result.histogram().stream().map(b -> label(b.bucket(), result.bucket()))
                .collect(Collectors.joining("|")));
        model.addAttribute("chartStarts", result.histogram().stream().map(b -> b.bucket().toString()).collect(Collectors.joining("|")));
        model.addAttribute("chartValues", result.histogram().stream().map(b -> String.valueOf(b.count())).collect(Collectors.joining("|")));
        return "streams/search";
    }

    /** The rows after a cursor, for the "next" link, without total or histogram. */
    @GetMapping("/rows")
    String rows(@RequestParam String from, @RequestParam String to, @RequestParam(required = false) String q,
                @RequestParam(required = false) String fields, @RequestParam(required = false) String source,
                @RequestParam String after, Model model) {
        model.addAttribute("result", search.search(query(from, to, q, fields, source, after), false));
        return "streams/search-rows :: rows";
    }

    private EventQuery query(String from, String to, String q, String fields, String source, String after) {
        return EventQuery.of(from, to, q, fields == null ? List.of() : List.of(fields), source, null, after, PAGE_SIZE, zone,
                Clock.systemUTC());
    }

    private String label(Instant bucket, Duration step) {
        String pattern = step.compareTo(Duration.ofDays(1)) >= 0 ? "dd/MM/yyyy"
                : step.compareTo(Duration.ofMinutes(1)) < 0 ? "HH:mm:ss" : "dd/MM HH:mm";
        return DateTimeFormatter.ofPattern(pattern).withZone(zone).format(bucket.truncatedTo(ChronoUnit.SECONDS));
    }
}
