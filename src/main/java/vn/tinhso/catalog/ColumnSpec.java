package vn.tinhso.catalog;

import java.util.List;

/**
 * A column an import kind expects; {@code aliases} are other header spellings accepted for it. A cell longer
 * than {@code maxLength} characters, or holding a control character other than tab and line breaks, is a
 * problem of its row.
 */
public record ColumnSpec(String name, ColumnType type, boolean required, List<String> aliases, int maxLength) {

    /** Longest text cell by default: longer than any name or code, far shorter than a pasted file. */
    public static final int DEFAULT_TEXT_LENGTH = 1000;
    /** Longest JSON cell by default: room for a detailed commune boundary. */
    public static final int DEFAULT_JSON_LENGTH = 5_000_000;
    /** Longest number, date or yes/no cell. */
    public static final int DEFAULT_VALUE_LENGTH = 100;

    public ColumnSpec {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a column's maximum length is at least 1, got " + maxLength);
        }
    }

    public ColumnSpec(String name, ColumnType type, boolean required, List<String> aliases) {
        this(name, type, required, aliases, defaultLength(type));
    }

    public static ColumnSpec required(String name, ColumnType type, String... aliases) {
        return new ColumnSpec(name, type, true, List.of(aliases));
    }

    public static ColumnSpec optional(String name, ColumnType type, String... aliases) {
        return new ColumnSpec(name, type, false, List.of(aliases));
    }

    public ColumnSpec withMaxLength(int newMaxLength) {
        return new ColumnSpec(name, type, required, aliases, newMaxLength);
    }

    static int defaultLength(ColumnType type) {
        return switch (type) {
            case TEXT -> DEFAULT_TEXT_LENGTH;
            case JSON -> DEFAULT_JSON_LENGTH;
            default -> DEFAULT_VALUE_LENGTH;
        };
    }
}
