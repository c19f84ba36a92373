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
            throw new UnreadableFile("The file is not UTF-8: it looks like " + guess(content)
                    + ". Open it and save it as \"CSV UTF-8\" (or convert it with Unikey's converter), then upload it again.");
        }
    }

    /** Windows-1258 writes tones as combining marks (0xCC, 0xEC, 0xD2, 0xDE, 0xF2); TCVN3 has precomposed letters in 0xA1-0xFE and no such marks. */
    static String guess(byte[] content) {
        int combiningTones = 0;
        int vietnameseLetters1258 = 0;
        int high = 0;
        for (byte b : content) {
            int v = b & 0xFF;
            if (v >= 0x80) {
                high++;
            }
            if (v == 0xCC || v == 0xEC || v == 0xD2 || v == 0xDE || v == 0xF2) {
                combiningTones++;
            }
            if (v == 0xC3 || v == 0xE3 || v == 0xD0 || v == 0xF0 || v == 0xD5 || v == 0xF5 || v == 0xDD || v == 0xFD) {
                vietnameseLetters1258++;
            }
        }
        if (high == 0) {
            return "an unknown encoding";
        }
        if (combiningTones + vietnameseLetters1258 >= high / 3) {
            return "Windows-1258 (Vietnamese Windows code page)";
        }
        return "TCVN3 (ABC, .VnTime fonts)";
    }
}
