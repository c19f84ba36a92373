package vn.tinhso.access.internal;

import java.time.Instant;

/** The head of the audit chain at a moment, signed: one line of the checkpoint file. */
record AuditCheckpoint(Instant at, long rowId, String hash, int keyId, String mac) {

    /** The text the MAC covers. */
    String signedText() {
        return at + "|" + rowId + "|" + hash + "|" + keyId;
    }

    String line() {
        return at + " row=" + rowId + " hash=" + hash + " key=" + keyId + " mac=" + mac;
    }

    static AuditCheckpoint parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a checkpoint: " + line);
        }
        return new AuditCheckpoint(Instant.parse(parts[0]), Long.parseLong(value(parts[1], "row")), value(parts[2], "hash"),
                Integer.parseInt(value(parts[3], "key")), value(parts[4], "mac"));
    }

    private static String value(String part, String name) {
        if (!part.startsWith(name + "=")) {
            throw new IllegalArgumentException("expected " + name + "=…, found " + part);
        }
        return part.substring(name.length() + 1);
    }
}
