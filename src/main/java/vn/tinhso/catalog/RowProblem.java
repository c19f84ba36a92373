package vn.tinhso.catalog;

/** Why one row cannot be imported: its line in the file, the column, and what is wrong in words a user can act on. */
public record RowProblem(int line, String column, String problem) {
}
