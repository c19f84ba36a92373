package vn.tinhso.catalog.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a text file through while checking that it is UTF-8, counting lines and bytes: the first bad sequence
 * stops the read with its line and byte offset, and a guess of the encoding the file was saved in.
 */
final class Utf8Stream extends FilterInputStream {

    private final byte[] start = new byte[64 * 1024];
    private int startLength;
    private long bytes;
    private int line = 1;
    /** Continuation bytes still expected in the current sequence, and where it began. */
    private int pending;
    private long sequenceStart;
    private int sequenceLine;

    Utf8Stream(InputStream in) {
        super(in);
    }

    long bytesRead() {
        return bytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            if (pending > 0) {
                refuse(sequenceLine, sequenceStart);
            }
            return n;
        }
        if (startLength < start.length) {
            int copied = Math.min(n, start.length - startLength);
            System.arraycopy(buffer, offset, start, startLength, copied);
            startLength += copied;
        }
        for (int i = offset; i < offset + n; i++) {
            int b = buffer[i] & 0xFF;
            if (pending > 0) {
                if ((b & 0xC0) != 0x80) {
                    refuse(sequenceLine, sequenceStart);
                }
                pending--;
            } else if (b >= 0x80) {
                sequenceStart = bytes;
                sequenceLine = line;
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                } else {
                    refuse(line, bytes);
                }
            } else if (b == '\n') {
                line++;
            }
            bytes++;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void refuse(int atLine, long atByte) {
        byte[] seen = java.util.Arrays.copyOf(start, startLength);
        Utf8Check.Encoding encoding = Utf8Check.guess(seen);
        throw new UnreadableFile("The file is not UTF-8 (line " + atLine + ", byte " + atByte + "): it looks like " + encoding.english
                + ". Open it and save it as \"CSV UTF-8\" (or convert it with Unikey's converter), then upload it again.",
                "catalog.problem.notUtf8At." + encoding.name(), atLine, atByte);
    }
}
