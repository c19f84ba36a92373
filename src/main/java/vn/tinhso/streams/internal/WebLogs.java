package vn.tinhso.streams.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tinhso.streams.ParseOptions;

/** The nginx/Apache combined access log and the Apache 2.4 error log. */
final class WebLogs {

    static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) (\\S+) (\\S+) \\[([^\\]]{20,40})\\] \"((?:[^\"\\\\]|\\\\.)*)\" (\\d{3}) (\\d+|-)(?: \"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\")?");
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    static final Pattern ERROR = Pattern.compile(
            "^\\[(\\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)? \\d{4})\\] \\[(?:([\\w-]+):)?(\\w+)\\](?: \\[pid (\\d+)(?::tid \\d+)?\\])?(?: \\[client ([^\\]]+?)(?::(\\d+))?\\])? (.*)$");
    private static final DateTimeFormatter ERROR_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss[.SSSSSS] yyyy", Locale.ENGLISH);

    private WebLogs() {
    }

    static Instant combined(String line, Map<String, Object> f) {
        Matcher m = COMBINED.matcher(line);
        if (!m.lookingAt()) {
            throw new MalformedEvent("not a combined access log line");
        }
        f.put("source.ip", m.group(1));
        if (!"-".equals(m.group(3))) {
            f.put("user.name", m.group(3));
        }
        String[] request = m.group(5).split(" ");
        if (request.length == 3) {
            f.put("http.request.method", request[0]);
            f.put("url.original", request[1]);
            f.put("http.version", request[2].replace("HTTP/", ""));
        } else {
            f.put("url.original", m.group(5));
        }
        f.put("http.response.status_code", Integer.parseInt(m.group(6)));
        if (!"-".equals(m.group(7))) {
            f.put("http.response.body.bytes", Long.parseLong(m.group(7)));
        }
        if (m.group(8) != null && !"-".equals(m.group(8))) {
            f.put("http.request.referrer", m.group(8));
        }
        if (m.group(9) != null) {
            f.put("user_agent.original", m.group(9));
        }
        f.put("event.category", "web");
        try {
            return ZonedDateTime.parse(m.group(4), CLF).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("bad access log time '" + m.group(4) + "'");
        }
    }

    static Instant error(String line, Map<String, Object> f, ParseOptions options) {
        Matcher m = ERROR.matcher(line);
        if (!m.matches()) {
            throw new MalformedEvent("not an Apache error log line");
        }
        if (m.group(2) != null) {
            f.put("apache.error.module", m.group(2));
        }
        f.put("log.level", m.group(3));
        if (m.group(4) != null) {
            f.put("process.pid", Long.parseLong(m.group(4)));
        }
        if (m.group(5) != null) {
            f.put("source.ip", m.group(5));
        }
        if (m.group(6) != null) {
            f.put("source.port", Integer.parseInt(m.group(6)));
        }
        f.put("message", m.group(7));
        try {
            return java.time.LocalDateTime.parse(m.group(1), ERROR_TIME).atZone(options.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("bad error log time '" + m.group(1) + "'");
        }
    }
}
