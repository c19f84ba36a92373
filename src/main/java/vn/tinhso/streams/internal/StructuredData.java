package vn.tinhso.streams.internal;

import java.util.Map;

/** RFC 5424 STRUCTURED-DATA: {@code -} or {@code [id name="value" …]…} with \" \\ \] escaped in values. */
final class StructuredData {

    private StructuredData() {
    }

    /** Puts each parameter as {@code sd.<id>.<name>} and returns the index after the structured data. */
    static int read(String s, int at, Map<String, Object> fields) {
        if (at >= s.length()) {
            throw new MalformedEvent("RFC 5424 header ends before STRUCTURED-DATA");
        }
        if (s.charAt(at) == '-') {
            return at + 1;
        }
        while (at < s.length() && s.charAt(at) == '[') {
            int i = at + 1;
            int idEnd = i;
            while (idEnd < s.length() && s.charAt(idEnd) != ' ' && s.charAt(idEnd) != ']') {
                idEnd++;
            }
            String id = s.substring(i, idEnd);
            i = idEnd;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
                int eq = s.indexOf('=', i);
                if (eq < 0 || eq + 1 >= s.length() || s.charAt(eq + 1) != '"') {
                    throw new MalformedEvent("bad SD-PARAM in [" + id + "]");
                }
                String name = s.substring(i, eq);
                StringBuilder value = new StringBuilder();
                i = eq + 2;
                while (true) {
                    if (i >= s.length()) {
                        throw new MalformedEvent("unterminated SD-PARAM value in [" + id + "]");
                    }
                    char c = s.charAt(i);
                    if (c == '\\' && i + 1 < s.length() && "\"\\]".indexOf(s.charAt(i + 1)) >= 0) {
                        value.append(s.charAt(i + 1));
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        value.append(c);
                        i++;
                    }
                }
                fields.put("sd." + id + "." + name, value.toString());
            }
            if (i >= s.length() || s.charAt(i) != ']') {
                throw new MalformedEvent("unterminated SD-ELEMENT [" + id + "]");
            }
            at = i + 1;
        }
        return at;
    }
}
