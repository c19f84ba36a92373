package vn.tinhso.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    @Test
    void utf8WithABomIsRead() {
        assertThat(Utf8Check.decode("\uFEFFThôn Đông".getBytes(StandardCharsets.UTF_8))).isEqualTo("\uFEFFThôn Đông");
    }

    @Test
    void aWindows1258FileIsNamedAsSuch() {
        byte[] cp1258 = "Xa\u0303 \u0110\u00f4ng Ho\u0300a, Thôn Na\u0300 Tre\u0300".getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> Utf8Check.decode(cp1258)).hasMessageContaining("Windows-1258").hasMessageContaining("UTF-8");
    }

    @Test
    void aTcvn3FileIsNamedAsSuch() {
        // "Thôn Bắc Giang" in TCVN3 (ABC): ô is 0xAB, ắ is 0xBE.
        byte[] tcvn3 = {'T', 'h', (byte) 0xAB, 'n', ' ', 'B', (byte) 0xBE, 'c', ' ', 'G', 'i', 'a', 'n', 'g'};

        assertThatThrownBy(() -> Utf8Check.decode(tcvn3)).hasMessageContaining("TCVN3");
    }
}
