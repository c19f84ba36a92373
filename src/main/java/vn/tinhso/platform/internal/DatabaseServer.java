package vn.tinhso.platform.internal;

import java.nio.file.Path;

/** Where the embedded PostgreSQL listens and keeps its files (absent with an external database). */
public record DatabaseServer(int port, Path dataDirectory) {
}
