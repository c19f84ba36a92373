package vn.tinhso.streams.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ArcSight CEF and IBM QRadar LEEF (1.0 and 2.0), alone or as the message of a syslog line. */
final class CefLeef {

    private static final Map<String, String> ECS = Map.ofEntries(
            Map.entry("src", "source.ip"), Map.entry("dst", "destination.ip"), Map.entry("spt", "source.port"),
            Map.entry("dpt", "destination.port"), Map.entry("suser", "source.user.name"), Map.entry("duser", "user.name"),
            Map.entry("shost", "source.domain"), Map.entry("dhost", "destination.domain"), Map.entry("act", "event.action"),
            Map.entry("request", "url.original"), Map.entry("requestMethod", "http.request.method"),
            Map.entry("fname", "file.name"), Map.entry("fileHash", "file.hash.sha256"), Map.entry("proto", "network.transport"),
            Map.entry("msg", "message"), Map.entry("outcome", "event.outcome"),
            // LEEF names
            Map.entry("srcPort", "source.port"), Map.entry("dstPort", "destination.port"), Map.entry("usrName", "user.name"),
            Map.entry("identSrc", "source.ip"), Map.entry("url", "url.original"), Map.entry("sev", "event.severity"));

    private CefLeef() {
    }

    static void cef(String text, Map<String, Object> f) {
        List<String> header = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 4;
        while (i < text.length() && header.size() < 7) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '|' || text.charAt(i + 1) == '\\')) {
                cur.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '|') {
                header.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
            i++;
        }
        if (header.size() < 7) {
            throw new MalformedEvent("CEF needs 7 header fields separated by '|', found " + header.size());
        }
        f.put("cef.version", header.get(0));
        f.put("observer.vendor", header.get(1));
        f.put("observer.product", header.get(2));
        f.put("observer.version", header.get(3));
        f.put("event.code", header.get(4));
        f.put("rule.name", header.get(5));
        f.put("event.severity", header.get(6));
        extension(text.substring(Math.min(i, text.length())), f, "cef.");
    }

    /** CEF extensions: {@code key=value} pairs where a value runs to the next {@code key=}; {@code \=} is a literal. */
    private static void extension(String s, Map<String, Object> f, String prefix) {
        List<int[]> keys = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '=' && (i == 0 || s.charAt(i - 1) != '\\')) {
                int start = i;
                while (start > 0 && isKeyChar(s.charAt(start - 1))) {
                    start--;
                }
                if (start < i && (start == 0 || s.charAt(start - 1) == ' ')) {
                    keys.add(new int[] {start, i});
                }
            }
        }
        for (int k = 0; k < keys.size(); k++) {
            int[] key = keys.get(k);
            int end = k + 1 < keys.size() ? keys.get(k + 1)[0] - 1 : s.length();
            String name = s.substring(key[0], key[1]);
            String value = s.substring(key[1] + 1, Math.max(key[1] + 1, end)).replace("\\=", "=").replace("\\n", "\n")
                    .replace("\\\\", "\\");
            put(f, prefix, name, value);
        }
    }

    static void leef(String text, Map<String, Object> f) {
        boolean v2 = text.startsWith("LEEF:2");
        String[] head = text.split("\\|", v2 ? 7 : 6);
        if (head.length < 5) {
            throw new MalformedEvent("LEEF needs 5 header fields separated by '|', found " + head.length);
        }
        f.put("observer.vendor", head[1]);
        f.put("observer.product", head[2]);
        f.put("observer.version", head[3]);
        f.put("event.code", head[4]);
        String delimiter = "\t";
        String attributes = head.length > (v2 ? 6 : 5) ? head[v2 ? 6 : 5] : "";
        if (v2 && head.length > 5) {
            String d = head[5];
            if (d.length() == 1) {
                delimiter = d;
            } else if (d.matches("(?i)0?x[0-9a-f]{2,4}")) {
                delimiter = String.valueOf((char) Integer.parseInt(d.replaceFirst("(?i)^0?x", ""), 16));
            } else if (!d.isEmpty()) {
                throw new MalformedEvent("bad LEEF 2.0 delimiter '" + SyslogTime.cut(d) + "'");
            }
        }
        for (String pair : attributes.split(java.util.regex.Pattern.quote(delimiter))) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                put(f, "leef.", pair.substring(0, eq).trim(), pair.substring(eq + 1));
            }
        }
    }

    private static void put(Map<String, Object> f, String prefix, String name, String value) {
        f.put(prefix + name, value);
        String ecs = ECS.get(name);
        if (ecs != null) {
            f.put(ecs, ecs.endsWith(".port") && value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                    && value.length() < 6 ? (Object) Integer.parseInt(value) : value);
        }
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
