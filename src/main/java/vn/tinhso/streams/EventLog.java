package vn.tinhso.streams;

import java.util.List;
import java.util.function.Consumer;

/** The port every receiver writes to and every detector reads from. */
public interface EventLog {

    /** Appends the events of one source durably; returns the sequence numbers given, in order. */
    List<Long> append(String source, List<ParsedEvent> events);

    /** Keeps a line no parser understood, with its line number in its batch and the reason. */
    void deadLetter(String source, int lineNo, String reason, String original);

    /**
     * Hands the consumer the next events after its checkpoint (at most {@code max}) and moves the checkpoint past
     * them in the same transaction as whatever the handler writes, so nothing is handled twice or skipped.
     * Returns how many were handled.
     */
    int consume(String consumer, int max, Consumer<List<Event>> handler);

    /**
     * The consumer's position, 0 before the first event; it only grows. On PostgreSQL the sequence of the last event
     * it handled; on Kafka, where sequences are per partition, the number of events it has passed.
     */
    long checkpoint(String consumer);

    long deadLetters();

    /**
     * Calls {@code listener} each time this process has durably appended events (after the commit, on the appending
     * thread, so it must return at once). Consumers use it to read new events without waiting for their poll.
     */
    void onAppend(Runnable listener);
}
