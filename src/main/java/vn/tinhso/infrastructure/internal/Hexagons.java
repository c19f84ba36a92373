package vn.tinhso.infrastructure.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.uber.h3core.H3Core;

/** The H3 hexagon grid (Uber's library, whose jar carries its native code), loaded once for the process. */
final class Hexagons {

    /** Resolution 8: hexagons of about 0.74 km², edges of about 0.53 km. */
    static final int RESOLUTION = 8;

    private static H3Core h3;

    private Hexagons() {
    }

    static synchronized H3Core h3() {
        if (h3 == null) {
            try {
                h3 = H3Core.newInstance();
            } catch (IOException e) {
                throw new UncheckedIOException("The H3 native library could not be loaded", e);
            }
        }
        return h3;
    }
}
