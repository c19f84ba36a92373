package vn.tinhso.catalog;

/** How a column's text is checked before any row is written. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, DATE, BOOLEAN,
    /** JSON text, e.g. a GeoJSON geometry. */
    JSON
}
