package vn.tinhso.streams.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * Syslog over UDP, TCP and TLS. All feed one bounded queue drained by one writer in batches: a full queue makes TCP
 * readers wait (so the senders' TCP windows close and memory stays bounded) and makes UDP datagrams drop, counted.
 * TCP frames by octet counting when a frame starts with a digit (RFC 6587 §3.4.1), else by LF; TLS by octet counting
 * only (RFC 5425 §4.3): a TLS frame that does not start with its length ends the connection.
 */
final class SyslogServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyslogServer.class);

    record Line(String source, String text) {
    }

    private final Intake intake;
    private final ParseOptions options;
    private final BlockingQueue<Line> queue;
    private final int batch;
    private final AtomicLong udpDropped = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private DatagramSocket udp;
    private ServerSocket tcp;
    private ServerSocket tls;

    SyslogServer(Intake intake, ParseOptions options, int capacity, int batch) {
        this.intake = intake;
        this.options = options;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batch = batch;
    }

    /** Binds the ports that are not negative (0 picks a free one) and starts the threads. */
    SyslogServer start(String host, int udpPort, int tcpPort) throws IOException {
        if (udpPort >= 0) {
            udp = new DatagramSocket(new InetSocketAddress(host, udpPort));
            udp.setReceiveBufferSize(4 << 20);
            thread("syslog-udp", this::readUdp);
        }
        if (tcpPort >= 0) {
            tcp = new ServerSocket();
            tcp.bind(new InetSocketAddress(host, tcpPort));
            thread("syslog-tcp-accept", () -> accept(tcp, false));
        }
        thread("syslog-writer", this::write);
        return this;
    }

    /** Binds the TLS port (0 picks a free one); call after {@link #start}, which starts the writer. */
    SyslogServer startTls(String host, int port, SSLContext context) throws IOException {
        SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        socket.bind(new InetSocketAddress(host, port));
        tls = socket;
        thread("syslog-tls-accept", () -> accept(tls, true));
        return this;
    }

    int tlsPort() {
        return tls.getLocalPort();
    }

    int udpPort() {
        return udp.getLocalPort();
    }

    int tcpPort() {
        return tcp.getLocalPort();
    }

    long udpDropped() {
        return udpDropped.get();
    }

    long received() {
        return received.get();
    }

    int queued() {
        return queue.size();
    }

    private void thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private void readUdp() {
        byte[] buffer = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (running) {
            try {
                udp.receive(packet);
                received.incrementAndGet();
                String text = stripEnd(new String(packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.UTF_8));
                if (!queue.offer(new Line(packet.getAddress().getHostAddress(), text))) {
                    udpDropped.incrementAndGet();
                }
            } catch (IOException e) {
                if (running) {
                    LOG.warn("syslog UDP receive failed: {}", e.getMessage());
                }
            }
        }
    }

    private void accept(ServerSocket server, boolean octetCountingOnly) {
        while (running) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> readTcp(socket, octetCountingOnly), "syslog-tcp-" + socket.getRemoteSocketAddress());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("syslog TCP accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void readTcp(Socket socket, boolean octetCountingOnly) {
        String source = socket.getInetAddress().getHostAddress();
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 64 << 10)) {
            TcpFrames frames = new TcpFrames(in, Parsers.MAX_LINE_CHARS + 1, octetCountingOnly);
            String frame;
            while (running && (frame = frames.next()) != null) {
                received.incrementAndGet();
                queue.put(new Line(source, frame));
            }
        } catch (IOException e) {
            LOG.debug("syslog TCP connection from {} ended: {}", source, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write() {
        List<Line> drained = new ArrayList<>(batch);
        while (running || !queue.isEmpty()) {
            try {
                Line first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                drained.add(first);
                queue.drainTo(drained, batch - 1);
                Map<String, List<String>> bySource = new LinkedHashMap<>();
                drained.forEach(l -> bySource.computeIfAbsent(l.source(), s -> new ArrayList<>()).add(l.text()));
                for (Map.Entry<String, List<String>> e : bySource.entrySet()) {
                    storeRetrying(e.getKey(), e.getValue());
                }
                drained.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** While the database is away the batch waits here, the queue fills and TCP senders are slowed down. */
    private void storeRetrying(String source, List<String> lines) throws InterruptedException {
        while (true) {
            try {
                intake.accept("syslog:" + source, LogFormat.AUTO, options, lines);
                return;
            } catch (RuntimeException e) {
                LOG.warn("could not store {} syslog lines from {}, retrying: {}", lines.size(), source, e.getMessage());
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public void close() {
        running = false;
        if (udp != null) {
            udp.close();
        }
        for (ServerSocket s : new ServerSocket[] {tcp, tls}) {
            try {
                if (s != null) {
                    s.close();
                }
            } catch (IOException e) {
                LOG.debug("closing syslog TCP: {}", e.getMessage());
            }
        }
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** RFC 6587 framing of one TCP stream. */
    static final class TcpFrames {
        private final InputStream in;
        private final int max;
        private final boolean octetCountingOnly;

        TcpFrames(InputStream in, int max) {
            this(in, max, false);
        }

        TcpFrames(InputStream in, int max, boolean octetCountingOnly) {
            this.in = in;
            this.max = max;
            this.octetCountingOnly = octetCountingOnly;
        }

        /** The next frame, or null at the end of the stream. */
        String next() throws IOException {
            int c = in.read();
            while (c == '\n' || c == '\r') {
                c = in.read();
            }
            if (c < 0) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            if (octetCountingOnly && (c < '1' || c > '9')) {
                throw new IOException("a frame without its octet count (RFC 5425 framing)");
            }
            if (c >= '1' && c <= '9') {
                long length = c - '0';
                StringBuilder digits = new StringBuilder().append((char) c);
                int d;
                while ((d = in.read()) >= '0' && d <= '9') {
                    digits.append((char) d);
                    length = length * 10 + (d - '0');
                    if (length > Integer.MAX_VALUE) {
                        throw new IOException("octet count too large");
                    }
                }
                if (d == ' ') {
                    long kept = 0;
                    for (long i = 0; i < length; i++) {
                        int b = in.read();
                        if (b < 0) {
                            throw new SocketException("stream ended inside a frame");
                        }
                        if (kept++ < max) {
                            out.write(b);
                        }
                    }
                    return stripEnd(out.toString(StandardCharsets.UTF_8));
                }
                if (octetCountingOnly) {
                    throw new IOException("an octet count not followed by a space (RFC 5425 framing)");
                }
                // Digits not followed by a space: an LF-framed line that starts with a digit (e.g. an access log).
                out.write(digits.toString().getBytes(StandardCharsets.US_ASCII));
                c = d;
            }
            while (c >= 0 && c != '\n') {
                if (out.size() < max) {
                    out.write(c);
                }
                c = in.read();
            }
            return stripEnd(out.toString(StandardCharsets.UTF_8));
        }
    }
}
