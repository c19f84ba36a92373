package vn.tinhso.alerts;

import java.util.Locale;

public enum Severity {
    INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL;

    /** A Sigma rule level; anything unknown counts as medium. */
    public static Severity ofLevel(String level) {
        try {
            return valueOf(level.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return MEDIUM;
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
