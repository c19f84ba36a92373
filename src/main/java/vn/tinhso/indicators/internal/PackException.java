package vn.tinhso.indicators.internal;

/** A pack that cannot be loaded: the file and line say where to fix it. Thrown at start-up, it stops the application. */
class PackException extends IllegalStateException {

    PackException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
