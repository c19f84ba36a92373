package vn.tinhso.streams.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.tinhso.streams.ParseOptions;

/** RFC 5424 and RFC 3164 headers; the message is left in {@code message} for the message parsers. */
final class Syslog {

    private Syslog() {
    }

    record Header(Instant time, Map<String, Object> fields, String message) {
    }

    /** Reads {@code <PRI>} and returns the index after it, or 0 when the line has none (auth.log files). */
    static int priority(String line, Map<String, Object> fields) {
        if (line.isEmpty() || line.charAt(0) != '<') {
            return 0;
        }
        int end = line.indexOf('>');
        if (end < 2 || end > 4) {
            throw new MalformedEvent("bad PRI");
        }
        int pri;
        try {
            pri = Integer.parseInt(line.substring(1, end));
        } catch (NumberFormatException e) {
            throw new MalformedEvent("bad PRI");
        }
        if (pri > 191) {
            throw new MalformedEvent("PRI " + pri + " above 191");
        }
        fields.put("log.syslog.facility.code", pri / 8);
        fields.put("log.syslog.severity.code", pri % 8);
        return end + 1;
    }

    static Header rfc5424(String line) {
        Map<String, Object> f = new LinkedHashMap<>();
        int at = priority(line, f);
        if (at == 0) {
            throw new MalformedEvent("RFC 5424 needs <PRI>");
        }
        Tokens t = new Tokens(line, at);
        if (!"1".equals(t.next())) {
            throw new MalformedEvent("RFC 5424 version must be 1");
        }
        String stamp = t.next();
        Instant time = "-".equals(stamp) ? null : SyslogTime.rfc3339(stamp);
        put(f, "host.name", t.next());
        put(f, "process.name", t.next());
        String pid = t.next();
        if (!"-".equals(pid) && pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()) {
            f.put("process.pid", Long.parseLong(pid));
        }
        put(f, "event.code", t.next());
        at = StructuredData.read(line, t.position(), f);
        String msg = at >= line.length() ? "" : line.substring(at).stripLeading();
        if (msg.startsWith("\uFEFF")) {
            msg = msg.substring(1);
        }
        return new Header(time, f, msg);
    }

    static Header rfc3164(String line, ParseOptions options) {
        Map<String, Object> f = new LinkedHashMap<>();
        int at = priority(line, f);
        Instant time;
        if (SyslogTime.isBsd(line, at)) {
            time = SyslogTime.bsd(line, at, options);
            at += 16;
        } else {
            // rsyslog's high-precision template writes RFC 3339 in the BSD header.
            int sp = line.indexOf(' ', at);
            if (sp < 0 || sp - at < 19 || !Character.isDigit(line.charAt(at))) {
                throw new MalformedEvent("no syslog time stamp");
            }
            time = SyslogTime.rfc3339(line.substring(at, sp));
            at = sp + 1;
        }
        int sp = line.indexOf(' ', at);
        if (sp < 0) {
            throw new MalformedEvent("no host name after the time stamp");
        }
        put(f, "host.name", line.substring(at, sp));
        String rest = line.substring(sp + 1);
        int colon = rest.indexOf(": ");
        int space = rest.indexOf(' ');
        if (colon > 0 && (space < 0 || colon < space)) {
            String tag = rest.substring(0, colon);
            int bracket = tag.indexOf('[');
            if (bracket > 0 && tag.endsWith("]")) {
                String pid = tag.substring(bracket + 1, tag.length() - 1);
                if (!pid.isEmpty() && pid.chars().allMatch(Character::isDigit) && pid.length() < 12) {
                    f.put("process.pid", Long.parseLong(pid));
                }
                tag = tag.substring(0, bracket);
            }
            put(f, "process.name", tag);
            rest = rest.substring(colon + 2);
        }
        return new Header(time, f, rest);
    }

    private static void put(Map<String, Object> f, String key, String value) {
        if (value != null && !value.isEmpty() && !"-".equals(value)) {
            f.put(key, value);
        }
    }

    /** Space-separated header fields. */
    private static final class Tokens {
        private final String s;
        private int at;

        Tokens(String s, int at) {
            this.s = s;
            this.at = at;
        }

        String next() {
            if (at >= s.length()) {
                throw new MalformedEvent("RFC 5424 header ends early");
            }
            int sp = s.indexOf(' ', at);
            String token = sp < 0 ? s.substring(at) : s.substring(at, sp);
            at = sp < 0 ? s.length() : sp + 1;
            return token;
        }

        int position() {
            return at;
        }
    }
}
