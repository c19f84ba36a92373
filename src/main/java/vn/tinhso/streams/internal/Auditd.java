package vn.tinhso.streams.internal;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Linux audit records: {@code type=T msg=audit(seconds.millis:serial): key=value …}, with the inner msg='…' too. */
final class Auditd {

    private static final Pattern HEAD = Pattern.compile("^(?:node=(\\S+) )?type=(\\S+) msg=audit\\((\\d+)\\.(\\d{3}):(\\d+)\\): ?(.*)$");
    private static final Pattern PAIR = Pattern.compile("([\\w-]+)=(\"[^\"]*\"|'[^']*'|\\S*)");

    private Auditd() {
    }

    static Instant parse(String line, Map<String, Object> f) {
        Matcher m = HEAD.matcher(line);
        if (!m.matches()) {
            throw new MalformedEvent("not an auditd record");
        }
        if (m.group(1) != null) {
            f.put("host.name", m.group(1));
        }
        f.put("type", m.group(2));
        f.put("auditd.log.record_type", m.group(2));
        f.put("auditd.log.sequence", Long.parseLong(m.group(5)));
        pairs(m.group(6), f);
        return Instant.ofEpochSecond(Long.parseLong(m.group(3)), Long.parseLong(m.group(4)) * 1_000_000);
    }

    private static void pairs(String body, Map<String, Object> f) {
        Matcher p = PAIR.matcher(body);
        while (p.find()) {
            String key = p.group(1);
            String value = p.group(2);
            if (value.startsWith("'") && value.endsWith("'") && value.length() >= 2) {
                pairs(value.substring(1, value.length() - 1), f);
                continue;
            }
            if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                value = value.substring(1, value.length() - 1);
            }
            f.putIfAbsent(key, value);
        }
        if (f.get("acct") instanceof String acct) {
            f.putIfAbsent("user.name", acct);
        }
        if (f.get("addr") instanceof String addr && !"?".equals(addr)) {
            f.putIfAbsent("source.ip", addr);
        }
        if (f.get("res") instanceof String res) {
            f.put("event.outcome", res.startsWith("succ") ? "success" : "failure");
        }
    }
}
