package vn.tinhso.catalog.internal;

/** The whole file cannot be read; the message tells the user what to do about it. */
class UnreadableFile extends RuntimeException {

    UnreadableFile(String message) {
        super(message);
    }
}
