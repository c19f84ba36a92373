package vn.tinhso.catalog.internal;

/**
 * What one uploaded file may hold: columns (the kind's own plus a margin), characters in a record (a CSV line, a
 * sheet row) and in one cell, and rows (0: no limit). A file past a limit is refused before it can exhaust memory.
 */
record ImportLimits(int maxColumns, int maxRecordChars, int maxCellChars, long maxRows) {
}
