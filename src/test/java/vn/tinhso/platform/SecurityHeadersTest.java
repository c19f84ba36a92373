package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Headers of a real Tomcat, directly and behind a TLS-terminating proxy on the same machine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> loginPage(boolean behindHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (behindHttpsProxy) request.header("X-Forwarded-Proto", "https");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCspForbidsInlineScriptsAndPagesSendReferrerAndPermissionsPolicies() throws Exception {
        HttpResponse<String> page = loginPage(false);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self';").doesNotContain("'unsafe-inline'; frame").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page = loginPage(true);
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        List<String> plainCookies = loginPage(false).headers().allValues("Set-Cookie");
        assertThat(plainCookies).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void noTemplateCarriesAnInlineScriptOrEventHandler() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>");
        Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+=\"");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offenders = templates.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    String html = Files.readString(p);
                    return inlineScript.matcher(html).find() || handler.matcher(html).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
