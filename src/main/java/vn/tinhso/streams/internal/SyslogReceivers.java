package vn.tinhso.streams.internal;

import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.ZoneId;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.tinhso.streams.Intake;
import vn.tinhso.streams.ParseOptions;

/**
 * Starts the syslog listeners when a port is configured; a negative port (the default) leaves it closed. The TLS
 * listener (RFC 5425, port 6514 by default) opens only when a key store is configured.
 */
@Component
class SyslogReceivers implements SmartLifecycle {

    private final Intake intake;
    private final String host;
    private final int udpPort;
    private final int tcpPort;
    private final int capacity;
    private final ParseOptions options;
    private final Tls tls;
    private SyslogServer server;

    /** Where the TLS listener's key and certificate are; no key store, no TLS listener. */
    record Tls(int port, String keyStore, String password) {

        boolean configured() {
            return port >= 0 && keyStore != null && !keyStore.isBlank();
        }

        SSLContext context() throws IOException, GeneralSecurityException {
            char[] secret = password == null ? new char[0] : password.toCharArray();
            KeyStore store = KeyStore.getInstance(new File(keyStore), secret);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, secret);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        }
    }

    SyslogReceivers(Intake intake,
                    @Value("${tinhso.streams.syslog.host:0.0.0.0}") String host,
                    @Value("${tinhso.streams.syslog.udp-port:-1}") int udpPort,
                    @Value("${tinhso.streams.syslog.tcp-port:-1}") int tcpPort,
                    @Value("${tinhso.streams.syslog.queue:20000}") int capacity,
                    @Value("${tinhso.streams.syslog.year:#{null}}") Integer year,
                    @Value("${tinhso.streams.syslog.time-zone:${tinhso.time-zone:Asia/Ho_Chi_Minh}}") String zone,
                    @Value("${tinhso.streams.syslog.tls.port:6514}") int tlsPort,
                    @Value("${tinhso.streams.syslog.tls.key-store:}") String keyStore,
                    @Value("${tinhso.streams.syslog.tls.key-store-password:}") String keyStorePassword) {
        this.intake = intake;
        this.host = host;
        this.udpPort = udpPort;
        this.tcpPort = tcpPort;
        this.capacity = capacity;
        this.options = new ParseOptions(year, ZoneId.of(zone), Clock.systemUTC());
        this.tls = new Tls(tlsPort, keyStore, keyStorePassword);
    }

    @Override
    public void start() {
        if (udpPort < 0 && tcpPort < 0 && !tls.configured()) {
            return;
        }
        try {
            server = new SyslogServer(intake, options, capacity, 5_000).start(host, udpPort, tcpPort);
            if (tls.configured()) {
                server.startTls(host, tls.port(), tls.context());
            }
        } catch (IOException | GeneralSecurityException e) {
            if (server != null) {
                server.close();
                server = null;
            }
            throw new IllegalStateException("cannot open the syslog ports: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** UDP datagrams dropped because storage fell behind, since start. */
    long udpDropped() {
        return server == null ? 0 : server.udpDropped();
    }

    /** The bound UDP port (useful when configured as 0), or -1 when closed. */
    int udpPort() {
        return server == null || udpPort < 0 ? -1 : server.udpPort();
    }

    /** The bound TLS port (useful when configured as 0), or -1 when closed. */
    int tlsPort() {
        return server == null || !tls.configured() ? -1 : server.tlsPort();
    }
}
