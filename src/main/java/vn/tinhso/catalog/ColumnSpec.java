package vn.tinhso.catalog;

import java.util.List;

/** A column an import kind expects; {@code aliases} are other header spellings accepted for it. */
public record ColumnSpec(String name, ColumnType type, boolean required, List<String> aliases) {

    public static ColumnSpec required(String name, ColumnType type, String... aliases) {
        return new ColumnSpec(name, type, true, List.of(aliases));
    }

    public static ColumnSpec optional(String name, ColumnType type, String... aliases) {
        return new ColumnSpec(name, type, false, List.of(aliases));
    }
}
