package vn.tinhso.streams.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;
import vn.tinhso.streams.ParsedEvent;

/** Picks the parser for a line (or the one the source names) and returns one normalised event, or throws why not. */
public final class Parsers {

    /** Longer lines are kept aside rather than parsed; the regular expressions are then never run on them. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    private Parsers() {
    }

    public static ParsedEvent parse(String rawLine, LogFormat format, ParseOptions options) {
        if (rawLine.length() > MAX_LINE_CHARS) {
            throw new MalformedEvent("line longer than " + MAX_LINE_CHARS + " characters");
        }
        // PostgreSQL text and jsonb cannot hold NUL.
        String line = rawLine.indexOf('\0') >= 0 ? rawLine.replace('\0', '\uFFFD') : rawLine;
        if (line.isBlank()) {
            throw new MalformedEvent("empty line");
        }
        LogFormat chosen = format == LogFormat.AUTO ? detect(line) : format;
        Map<String, Object> f = new LinkedHashMap<>();
        Instant time = null;
        int repeat = 1;
        switch (chosen) {
            case RFC5424 -> {
                Syslog.Header h = Syslog.rfc5424(line);
                f.putAll(h.fields());
                time = h.time();
                repeat = message(h.message(), f);
            }
            case RFC3164, AUTH -> {
                Syslog.Header h = Syslog.rfc3164(line, options);
                f.putAll(h.fields());
                time = h.time();
                repeat = message(h.message(), f);
            }
            case CEF -> CefLeef.cef(line.substring(line.indexOf("CEF:")), f);
            case LEEF -> CefLeef.leef(line.substring(line.indexOf("LEEF:")), f);
            case JSON -> {
                JsonEvents.parse(line, f);
                time = jsonTime(f);
            }
            case COMBINED -> time = WebLogs.combined(line, f);
            case APACHE_ERROR -> time = WebLogs.error(line, f, options);
            case AUDITD -> time = Auditd.parse(line, f);
            case CLAMAV -> {
                Messages.clamav(line, f);
                if (!f.containsKey("threat.indicator.name")) {
                    throw new MalformedEvent("not an antivirus detection");
                }
                f.put("message", line);
            }
            default -> throw new MalformedEvent("no parser for " + chosen);
        }
        if (time == null) {
            time = options.clock().instant();
        }
        splitUrl(f);
        f.put("@timestamp", time.toString());
        return new ParsedEvent(time, chosen.name(), f, line, repeat);
    }

    /** ECS {@code url.path} and {@code url.query} from {@code url.original}, whatever the format, unless the source gave them. */
    private static void splitUrl(Map<String, Object> f) {
        if (f.get("url.original") instanceof String url && !f.containsKey("url.path")) {
            int query = url.indexOf('?');
            int fragment = url.indexOf('#');
            int end = fragment < 0 ? url.length() : fragment;
            if (query < 0 || query > end) {
                f.put("url.path", pathOf(url.substring(0, end)));
            } else {
                f.put("url.path", pathOf(url.substring(0, query)));
                f.put("url.query", url.substring(query + 1, end));
            }
        }
    }

    /** The path of an absolute URL ({@code http://host/a}) or of a request target ({@code /a}). */
    private static String pathOf(String target) {
        int scheme = target.indexOf("://");
        if (scheme < 0) {
            return target;
        }
        int slash = target.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : target.substring(slash);
    }

    /** Reads the message of a syslog line, which may itself be CEF or LEEF. */
    private static int message(String message, Map<String, Object> f) {
        if (message.startsWith("CEF:")) {
            CefLeef.cef(message, f);
            return 1;
        }
        if (message.startsWith("LEEF:")) {
            CefLeef.leef(message, f);
            return 1;
        }
        return Messages.read(message, f);
    }

    static LogFormat detect(String line) {
        char first = line.charAt(0);
        if (first == '{') {
            return LogFormat.JSON;
        }
        if (line.startsWith("CEF:")) {
            return LogFormat.CEF;
        }
        if (line.startsWith("LEEF:")) {
            return LogFormat.LEEF;
        }
        if (first == '<') {
            int end = line.indexOf('>');
            return end > 0 && line.startsWith("1 ", end + 1) ? LogFormat.RFC5424 : LogFormat.RFC3164;
        }
        if (line.startsWith("type=") || line.startsWith("node=")) {
            return LogFormat.AUDITD;
        }
        if (first == '[' && WebLogs.ERROR.matcher(line).matches()) {
            return LogFormat.APACHE_ERROR;
        }
        if (SyslogTime.isBsd(line, 0)) {
            return LogFormat.AUTH;
        }
        if (line.length() < 8192 && WebLogs.COMBINED.matcher(line).lookingAt()) {
            return LogFormat.COMBINED;
        }
        if (line.endsWith(" FOUND")) {
            return LogFormat.CLAMAV;
        }
        throw new MalformedEvent("no parser recognises the line");
    }

    private static Instant jsonTime(Map<String, Object> f) {
        for (String key : new String[] {"@timestamp", "timestamp", "event.created", "TimeCreated", "EventTime", "UtcTime"}) {
            if (f.get(key) instanceof String s) {
                try {
                    return s.length() > 10 && s.charAt(10) == ' '
                            ? java.time.LocalDateTime.parse(s.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC)
                            : java.time.OffsetDateTime.parse(s).toInstant();
                } catch (java.time.format.DateTimeParseException e) {
                    // fall through to the next name; a missing time is the time of receipt
                }
            }
        }
        return null;
    }

    /** Whether {@code e} is the parsers' "this line is not understood", as opposed to a bug. */
    public static boolean isMalformed(RuntimeException e) {
        return e instanceof MalformedEvent;
    }
}
