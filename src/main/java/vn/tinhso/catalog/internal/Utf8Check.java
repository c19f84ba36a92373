package vn.tinhso.catalog.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files must be UTF-8. Vietnamese offices still produce Windows-1258 and TCVN3 (ABC) files;
 * say which one a file looks like so the user knows how to save it again.
 */
final class Utf8Check {

    private Utf8Check() {
    }

    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            Encoding encoding = guess(content);
            throw new UnreadableFile("The file is not UTF-8: it looks like " + encoding.english
                    + ". Open it and save it as \"CSV UTF-8\" (or convert it with Unikey's converter), then upload it again.",
                    "catalog.problem.notUtf8." + encoding.name());
        }
    }

    /**
     * Windows-1258 writes tones as combining marks (0xCC, 0xEC, 0xD2, 0xDE, 0xF2) after letters such
     * as ă, â, đ, ơ, ư; TCVN3 puts precomposed letters in 0xA1-0xBF, where Windows-1258 has only
     * symbols that rarely appear in text.
     */
    enum Encoding {
        windows1258("Windows-1258 (Vietnamese Windows code page)"),
        tcvn3("TCVN3 (ABC, .VnTime fonts)"),
        other("an 8-bit encoding, not Vietnamese Unicode");

        final String english;

        Encoding(String english) {
            this.english = english;
        }
    }

    static Encoding guess(byte[] content) {
        int windows1258 = 0;
        int tcvn3 = 0;
        for (byte b : content) {
            int v = b & 0xFF;
            if (v == 0xCC || v == 0xEC || v == 0xD2 || v == 0xDE || v == 0xF2
                    || v == 0xC3 || v == 0xE3 || v == 0xC2 || v == 0xE2 || v == 0xD0 || v == 0xF0
                    || v == 0xD5 || v == 0xF5 || v == 0xDD || v == 0xFD) {
                windows1258++;
            } else if (v >= 0xA1 && v <= 0xBF) {
                tcvn3++;
            }
        }
        if (windows1258 == 0 && tcvn3 == 0) {
            return Encoding.other;
        }
        return windows1258 >= tcvn3 ? Encoding.windows1258 : Encoding.tcvn3;
    }
}
