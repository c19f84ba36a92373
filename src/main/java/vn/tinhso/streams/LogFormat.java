package vn.tinhso.streams;

import java.util.Locale;

/** The framings and formats the parsers read; AUTO looks at each line. */
public enum LogFormat {
    AUTO, RFC5424, RFC3164, CEF, LEEF, JSON, AUTH, COMBINED, APACHE_ERROR, AUDITD, CLAMAV;

    /** Reads the names users type: {@code 5424}, {@code 3164}, {@code cef}, {@code auth}, … */
    public static LogFormat of(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "5424" -> RFC5424;
            case "3164" -> RFC3164;
            default -> valueOf(n);
        };
    }
}
