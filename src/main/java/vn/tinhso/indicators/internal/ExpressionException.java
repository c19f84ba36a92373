package vn.tinhso.indicators.internal;

/** An indicator expression that cannot be used, with the 0-based position of the problem (-1 when none). */
public class ExpressionException extends IllegalArgumentException {

    private final int position;

    public ExpressionException(String message, String expression, int position) {
        super(position < 0 ? message : message + " at position " + (position + 1) + " of: " + expression);
        this.position = position;
    }

    public ExpressionException(String message) {
        super(message);
        this.position = -1;
    }

    /** 0-based offset in the expression text, or -1. */
    public int position() {
        return position;
    }
}
