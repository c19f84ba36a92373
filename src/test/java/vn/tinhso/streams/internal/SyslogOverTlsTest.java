package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 5425: syslog over TLS with octet-counting frames, opened only when a key store is configured. */
class SyslogOverTlsTest {

    private static final String PASSWORD = "tls-test-secret";

    @TempDir Path dir;

    /** A self-signed key pair for localhost, made by the JDK's keytool. */
    private Path keyStore() throws IOException, InterruptedException {
        Path store = dir.resolve("syslog.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "syslog", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        return store;
    }

    /** A client that trusts the test's own certificate and checks the host name. */
    private static SSLSocket connect(Path store, int port) throws Exception {
        KeyStore trusted = KeyStore.getInstance(store.toFile(), PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port);
        var parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static byte[] octetCounted(String message) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        byte[] head = (body.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[head.length + body.length];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(body, 0, frame, head.length, body.length);
        return frame;
    }

    private static SyslogReceivers receivers(SyslogServerTest.StalledIntake intake, String keyStore) {
        return new SyslogReceivers(intake, "127.0.0.1", -1, -1, 100, null, "UTC", 0, keyStore, PASSWORD);
    }

    @Test
    void octetCountedFramesSentOverTlsAreStoredWhenAKeyStoreIsConfigured() throws Exception {
        Path store = keyStore();
        SyslogServerTest.StalledIntake intake = new SyslogServerTest.StalledIntake();
        intake.release.countDown();
        SyslogReceivers receivers = receivers(intake, store.toString());
        receivers.start();
        try {
            assertThat(receivers.isRunning()).isTrue();
            String a = "<34>1 2026-11-28T01:00:00Z bastion sshd 42 - - Failed password for root from 203.0.113.9 port 4711 ssh2";
            String b = "<13>1 2026-11-28T01:00:01Z bastion app - - - multi\nline é";
            try (SSLSocket socket = connect(store, receivers.tlsPort()); OutputStream out = socket.getOutputStream()) {
                out.write(octetCounted(a));
                out.write(octetCounted(b));
                out.flush();
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (intake.stored().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(intake.stored()).containsExactly(a, b);
        } finally {
            receivers.stop();
        }
    }

    @Test
    void aTlsStreamWithoutOctetCountsIsCutOffAndNothingOfItIsStored() throws Exception {
        Path store = keyStore();
        SyslogServerTest.StalledIntake intake = new SyslogServerTest.StalledIntake();
        intake.release.countDown();
        SyslogReceivers receivers = receivers(intake, store.toString());
        receivers.start();
        try (SSLSocket socket = connect(store, receivers.tlsPort())) {
            socket.getOutputStream().write("<13>Nov 28 09:00:00 h x: lf framed\n".getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            int read;
            try {
                read = in.read();
            } catch (IOException closed) {
                read = -1;
            }
            assertThat(read).as("the receiver closes the connection").isEqualTo(-1);
            assertThat(intake.stored()).isEmpty();
        } finally {
            receivers.stop();
        }
    }

    @Test
    void withoutAKeyStoreNoTlsPortIsOpened() {
        SyslogReceivers receivers = receivers(new SyslogServerTest.StalledIntake(), "");
        receivers.start();
        assertThat(receivers.isRunning()).isFalse();
        assertThat(receivers.tlsPort()).isEqualTo(-1);
    }
}
