package vn.tinhso.hub.internal;

/** The source did not answer, or answered with an error status or a body that is not a page of records. */
class SourceUnavailable extends RuntimeException {

    SourceUnavailable(String message) {
        super(message);
    }
}
