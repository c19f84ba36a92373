package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.IntakeHealth;
import vn.tinhso.streams.ParsedEvent;

class IntakeCountersTest {

    /** An event log that only knows how many lines it kept aside. */
    private static EventLog deadLetters(long count) {
        return new EventLog() {
            public List<Long> append(String source, List<ParsedEvent> events) {
                throw new UnsupportedOperationException();
            }

            public void deadLetter(String source, int lineNo, String reason, String original) {
                throw new UnsupportedOperationException();
            }

            public int consume(String consumer, int max, Consumer<List<Event>> handler) {
                throw new UnsupportedOperationException();
            }

            public long checkpoint(String consumer) {
                return 0;
            }

            public long deadLetters() {
                return count;
            }

            public void onAppend(Runnable listener) {
            }
        };
    }

    @Test
    void theCountersReportTheDatagramsTheUdpReceiverDroppedWhileStorageStalledAndTheDeadLetters() throws Exception {
        SyslogServerTest.StalledIntake stalled = new SyslogServerTest.StalledIntake();
        SyslogReceivers receivers = new SyslogReceivers(stalled, "127.0.0.1", 0, -1, 2, null, "UTC", -1, "", "");
        receivers.start();
        try {
            IntakeHealth health = new IntakeCounters(receivers, deadLetters(17));
            assertThat(health.counters()).isEqualTo(new IntakeHealth.Counters(0, 17));
            try (DatagramSocket client = new DatagramSocket()) {
                for (int i = 0; i < 100; i++) {
                    byte[] b = ("<13>Nov 28 09:00:00 h u: datagram " + i).getBytes(StandardCharsets.UTF_8);
                    client.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), receivers.udpPort()));
                }
            }
            // Wait until the receiver has taken in the last datagram: the count no longer moves for 300 ms.
            long deadline = System.nanoTime() + 10_000_000_000L;
            long seen = -1;
            while ((receivers.udpDropped() < 50 || receivers.udpDropped() != seen) && System.nanoTime() < deadline) {
                seen = receivers.udpDropped();
                Thread.sleep(300);
            }
            IntakeHealth.Counters counters = health.counters();
            assertThat(counters.udpDropped()).isGreaterThanOrEqualTo(50).isEqualTo(receivers.udpDropped());
            assertThat(counters.deadLetters()).isEqualTo(17);
        } finally {
            stalled.release.countDown();
            receivers.stop();
        }
    }
}
