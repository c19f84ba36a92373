package vn.tinhso.cameras.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/*} body split into its parts (RFC 2046), as cameras push it: an XML or text part and images. */
final class Multipart {

    record Part(String name, String filename, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean isImage() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("image/");
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private Multipart() {
    }

    static String boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) throw new BadPayload("multipart content without a boundary");
        return m.group(1).strip();
    }

    static List<Part> split(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) throw new BadPayload("multipart body without its boundary " + boundary);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') break;
            start = skipLineEnd(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) next = body.length;
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') end -= 2;
            else if (end >= 1 && body[end - 1] == '\n') end -= 1;
            parts.add(part(Arrays.copyOfRange(body, start, Math.max(start, end))));
            at = next < body.length ? next : -1;
        }
        return parts;
    }

    private static Part part(byte[] raw) {
        byte[] crlf = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int split = indexOf(raw, crlf, 0);
        int skip = 4;
        if (split < 0) {
            split = indexOf(raw, "\n\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            skip = 2;
        }
        if (split < 0) return new Part(null, null, null, raw);
        String headers = new String(raw, 0, split, StandardCharsets.ISO_8859_1);
        String name = null;
        String filename = null;
        String type = null;
        for (String h : headers.split("\r?\n")) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                Matcher n = NAME.matcher(h);
                if (n.find()) name = n.group(1);
                Matcher f = FILENAME.matcher(h);
                if (f.find()) filename = f.group(1);
            } else if (lower.startsWith("content-type:")) {
                type = h.substring(h.indexOf(':') + 1).strip();
            }
        }
        return new Part(name, filename, type, Arrays.copyOfRange(raw, split + skip, raw.length));
    }

    private static int skipLineEnd(byte[] b, int i) {
        if (i < b.length && b[i] == '\r') i++;
        if (i < b.length && b[i] == '\n') i++;
        return i;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
