package vn.tinhso.cameras.internal;

/** A payload the receiver cannot read; the message says what is wrong and is shown to the sender. */
public class BadPayload extends RuntimeException {

    public BadPayload(String message) {
        super(message);
    }

    public BadPayload(String message, Throwable cause) {
        super(message, cause);
    }
}
