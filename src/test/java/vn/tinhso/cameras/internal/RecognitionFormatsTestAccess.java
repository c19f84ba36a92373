package vn.tinhso.cameras.internal;

import java.io.IOException;

/** The fixtures of {@link RecognitionFormatsTest}, for tests outside this package. */
public final class RecognitionFormatsTestAccess {

    private RecognitionFormatsTestAccess() {
    }

    public static byte[] hikvisionMultipart(String boundary) throws IOException {
        return RecognitionFormatsTest.hikvisionMultipart(boundary);
    }

    public static byte[] fixture(String name) throws IOException {
        return RecognitionFormatsTest.fixture(name);
    }
}
