package vn.tinhso.streams.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.tinhso.streams.Intake;
import vn.tinhso.streams.ParseOptions;

/** Starts the syslog listeners when a port is configured; a negative port (the default) leaves it closed. */
@Component
class SyslogReceivers implements SmartLifecycle {

    private final Intake intake;
    private final String host;
    private final int udpPort;
    private final int tcpPort;
    private final int capacity;
    private final ParseOptions options;
    private SyslogServer server;

    SyslogReceivers(Intake intake,
                    @Value("${tinhso.streams.syslog.host:0.0.0.0}") String host,
                    @Value("${tinhso.streams.syslog.udp-port:-1}") int udpPort,
                    @Value("${tinhso.streams.syslog.tcp-port:-1}") int tcpPort,
                    @Value("${tinhso.streams.syslog.queue:20000}") int capacity,
                    @Value("${tinhso.streams.syslog.year:#{null}}") Integer year,
                    @Value("${tinhso.streams.syslog.time-zone:${tinhso.time-zone:Asia/Ho_Chi_Minh}}") String zone) {
        this.intake = intake;
        this.host = host;
        this.udpPort = udpPort;
        this.tcpPort = tcpPort;
        this.capacity = capacity;
        this.options = new ParseOptions(year, ZoneId.of(zone), Clock.systemUTC());
    }

    @Override
    public void start() {
        if (udpPort < 0 && tcpPort < 0) {
            return;
        }
        try {
            server = new SyslogServer(intake, options, capacity, 5_000).start(host, udpPort, tcpPort);
        } catch (IOException e) {
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
}
