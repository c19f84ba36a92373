package vn.tinhso.hub.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends a connector's requests with exchange headers in the X-Road style (our client id, the end user, the purpose, a
 * message id) and logs each exchange with the SHA-256 of the request and of the response body.
 */
@Component
class RegistryClient {

    static final String CLIENT = "X-Road-Client", USER = "X-Road-UserId", ISSUE = "X-Road-Issue", MESSAGE_ID = "X-Road-Id";

    private final JdbcClient jdbc;
    private final String clientId;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    RegistryClient(JdbcClient jdbc, @Value("${tinhso.hub.client-id:VN/GOV/${tinhso.province:24}/TINHSO}") String clientId) {
        this.jdbc = jdbc;
        this.clientId = clientId;
    }

    byte[] get(String connector, URI uri, String endUser, String purpose) {
        String messageId = UUID.randomUUID().toString();
        TreeMap<String, String> headers = new TreeMap<>();
        headers.put(CLIENT, clientId);
        headers.put(USER, endUser);
        headers.put(ISSUE, purpose);
        headers.put(MESSAGE_ID, messageId);
        headers.put("Accept", "application/json");
        StringBuilder canonical = new StringBuilder("GET ").append(uri).append('\n');
        headers.forEach((k, v) -> canonical.append(k).append(": ").append(v).append('\n'));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        long id = jdbc.sql("""
                insert into hub.outgoing_exchange (connector, message_id, url, client_id, end_user, purpose, request_sha256)
                values (:c, :m, :u, :client, :user, :purpose, :hash) returning id""")
                .param("c", connector).param("m", messageId).param("u", uri.toString()).param("client", clientId)
                .param("user", endUser).param("purpose", purpose).param("hash", Sha256.hex(canonical.toString()))
                .query(Long.class).single();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            boolean ok = response.statusCode() / 100 == 2;
            record(id, response.statusCode(), Sha256.hex(body), ok ? null : "HTTP " + response.statusCode());
            if (!ok) throw new SourceUnavailable(uri.getHost() + " answered HTTP " + response.statusCode());
            return body;
        } catch (IOException e) {
            record(id, null, null, e.toString());
            throw new SourceUnavailable(uri.getHost() + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(id, null, null, "interrupted");
            throw new SourceUnavailable("interrupted");
        }
    }

    private void record(long id, Integer status, String responseHash, String error) {
        jdbc.sql("update hub.outgoing_exchange set status = :s, response_sha256 = :h, error = :e where id = :id")
                .param("s", status).param("h", responseHash).param("e", error == null ? null : error.substring(0, Math.min(500, error.length())))
                .param("id", id).update();
    }
}
