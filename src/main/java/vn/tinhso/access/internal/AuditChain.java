package vn.tinhso.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** How a row of the audit log is turned into the text that is hashed, and the hash that links it to the previous row. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, AuditRow row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical(row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each field length-prefixed, so no value can be shifted into its neighbour without changing the text. */
    static String canonical(AuditRow row) {
        StringBuilder out = new StringBuilder();
        field(out, Long.toString(row.id()));
        field(out, row.at().toString());
        field(out, row.actor());
        field(out, row.action());
        field(out, row.objectType());
        field(out, row.objectId());
        field(out, row.address());
        field(out, row.purpose());
        field(out, row.detail());
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }

    record AuditRow(long id, Instant at, String actor, String action, String objectType, String objectId,
                    String address, String purpose, String detail) {
    }
}
