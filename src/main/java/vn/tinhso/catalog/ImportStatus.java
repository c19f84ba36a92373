package vn.tinhso.catalog;

/** Where an import attempt stands. Only an ACCEPTED version brought rows into a module. */
public enum ImportStatus {
    QUEUED, RUNNING, ACCEPTED,
    /** Nothing was written: the file was unreadable or had bad rows (see the report). */
    FAILED,
    /** Nothing was written: the identical file (same SHA-256) was already accepted. */
    DUPLICATE,
    /** Nothing was written: the file was checked and its changes counted at the user's request (option {@code preview}). */
    PREVIEWED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
