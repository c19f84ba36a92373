package vn.tinhso.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tinhso.platform.StartupNotice;

class ReadyBannerTest {

    private final List<String> pending = new ArrayList<>(List.of(" Password (shown only this once): s3cret"));
    private final StartupNotice password = () -> {
        List<String> lines = List.copyOf(pending);
        pending.clear();
        return lines;
    };

    private static List<String> printedLines(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void theFirstStartsPasswordIsPrintedOnceAsTheLastLinesAfterReadyAt() {
        ReadyBanner banner = new ReadyBanner(List.of(password));
        assertThat(banner.ready()).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        banner.announce("8080", new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(printedLines(out)).containsExactly("TinhSo ready at http://localhost:8080", " Password (shown only this once): s3cret");
        assertThat(banner.ready()).isTrue();

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        banner.announce("8080", new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(printedLines(again)).containsExactly("TinhSo ready at http://localhost:8080");
    }

    @Test
    void withoutAWebServerNoAddressIsPrinted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReadyBanner(List.of()).announce(null, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(printedLines(out)).isEmpty();
    }
}
