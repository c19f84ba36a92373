package vn.tinhso.streams.internal;

/** A line a parser does not understand; the message is the reason kept with it in the dead-letter table. */
class MalformedEvent extends RuntimeException {

    MalformedEvent(String reason) {
        super(reason, null, false, false);
    }
}
