package vn.tinhso.streams;

/** What intake could not take in: never silent, shown on the SOC overview. */
public interface IntakeHealth {

    Counters counters();

    /**
     * {@code udpDropped}: syslog datagrams dropped since start because storage fell behind; {@code deadLetters}: lines
     * no parser understood, kept aside in the event log's dead-letter table.
     */
    record Counters(long udpDropped, long deadLetters) {
    }
}
