package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.tinhso.streams.Intake;
import vn.tinhso.streams.ParseOptions;

class SyslogServerTest {

    static List<String> frames(String stream, int max) throws IOException {
        SyslogServer.TcpFrames frames = new SyslogServer.TcpFrames(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), max);
        List<String> out = new ArrayList<>();
        String f;
        while ((f = frames.next()) != null) {
            out.add(f);
        }
        return out;
    }

    @Test
    void octetCountingAndLfFramingMixOnOneStream() throws IOException {
        String a = "<34>1 2026-11-28T01:00:00Z h app - - - one\nline";
        String stream = a.getBytes(StandardCharsets.UTF_8).length + " " + a
                + "<13>Nov 28 09:00:00 h x: lf framed\r\n"
                + "9 <13>ok é\n"   // é is two bytes: the count is in octets
                + "203.0.113.5 - - [28/Nov/2026:09:00:00 +0700] \"GET / HTTP/1.1\" 200 1\n";
        assertThat(frames(stream, 1000)).containsExactly(a, "<13>Nov 28 09:00:00 h x: lf framed", "<13>ok é",
                "203.0.113.5 - - [28/Nov/2026:09:00:00 +0700] \"GET / HTTP/1.1\" 200 1");
    }

    @Test
    void anOverlongFrameIsCutAtTheLimitAndTheNextFrameIsIntact() throws IOException {
        assertThat(frames("x".repeat(50) + "\nnext\n", 10)).containsExactly("x".repeat(10), "next");
        assertThat(frames("20 " + "y".repeat(20) + "4 next", 10)).containsExactly("y".repeat(10), "next");
    }

    /** An intake that holds every batch until released: storage that has fallen behind. */
    static final class StalledIntake implements Intake {
        final CountDownLatch release = new CountDownLatch(1);
        private final List<String> stored = new ArrayList<>();

        synchronized List<String> stored() {
            return List.copyOf(stored);
        }

        @Override
        public java.util.Optional<String> problem(String line, vn.tinhso.streams.LogFormat format, ParseOptions options) {
            return java.util.Optional.empty();
        }

        @Override
        public IntakeResult accept(String source, vn.tinhso.streams.LogFormat format, ParseOptions options, List<String> lines) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                stored.addAll(lines);
            }
            return new IntakeResult(lines.size(), List.of(), 0, 0);
        }
    }

    @Test
    void whenStorageStallsUdpDropsAreCountedAndTcpSendersWaitThenNothingSentOverTcpIsLost() throws Exception {
        StalledIntake intake = new StalledIntake();
        try (SyslogServer server = new SyslogServer(intake, ParseOptions.inZone(ZoneOffset.UTC), 4, 2)
                .start("127.0.0.1", 0, 0)) {
            try (DatagramSocket client = new DatagramSocket()) {
                for (int i = 0; i < 200; i++) {
                    byte[] b = ("<13>Nov 28 09:00:00 h u: datagram " + i).getBytes(StandardCharsets.UTF_8);
                    client.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), server.udpPort()));
                }
            }
            while (server.received() < 200 && server.udpDropped() == 0) {
                Thread.sleep(10);
            }
            Thread tcpSender = new Thread(() -> {
                try (Socket s = new Socket("127.0.0.1", server.tcpPort()); OutputStream out = s.getOutputStream()) {
                    for (int i = 0; i < 500; i++) {
                        out.write(("<13>Nov 28 09:00:00 h t: tcp " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            tcpSender.start();
            // The queue holds 4 lines and the writer 2: all 500 TCP lines arrive only because the reader waited.
            intake.release.countDown();
            tcpSender.join();
            while (intake.stored().stream().filter(l -> l.contains("tcp ")).count() < 500) {
                Thread.sleep(20);
            }
            long udpStored = intake.stored().stream().filter(l -> l.contains("datagram")).count();
            assertThat(server.udpDropped()).isPositive();
            assertThat(udpStored + server.udpDropped()).isLessThanOrEqualTo(200);
            assertThat(intake.stored().stream().filter(l -> l.contains("tcp ")).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 500).mapToObj(i -> "<13>Nov 28 09:00:00 h t: tcp " + i).toList());
        }
    }
}
