package vn.tinhso.hub.internal;

/** RFC 4180 quoting for the files the hub writes. */
final class Csv {

    private Csv() {
    }

    static String escape(String value) {
        if (value == null) return "";
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) return value;
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
