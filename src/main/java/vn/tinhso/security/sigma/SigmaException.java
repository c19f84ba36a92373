package vn.tinhso.security.sigma;

/** A rule the engine cannot load; the message says why, for the list of rules not loaded. */
public class SigmaException extends RuntimeException {

    public SigmaException(String reason) {
        super(reason);
    }
}
