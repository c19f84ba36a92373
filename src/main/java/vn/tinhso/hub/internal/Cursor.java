package vn.tinhso.hub.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The sharing API's page cursor: the last row's key values, base64url so that it travels in a query string as one token. */
final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    static String encode(List<String> key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, key).getBytes(StandardCharsets.UTF_8));
    }

    static List<String> decode(String cursor, int parts) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("after: not a cursor this API gave");
        }
        List<String> values = List.of(text.split(SEPARATOR, -1));
        if (values.size() != parts) throw new IllegalArgumentException("after: not a cursor of this dataset");
        return values;
    }
}
