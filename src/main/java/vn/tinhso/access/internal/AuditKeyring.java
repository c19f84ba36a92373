package vn.tinhso.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 keys that sign audit checkpoints, one {@code <id>:<base64>} line each, in a file
 * only its owner can read, outside the database. The newest key signs; older ones only verify the
 * checkpoints they signed. Rotation appends a key.
 */
final class AuditKeyring {

    private final Path file;
    private final TreeMap<Integer, byte[]> keys;

    private AuditKeyring(Path file, TreeMap<Integer, byte[]> keys) {
        this.file = file;
        this.keys = keys;
    }

    /** The keys in {@code file}; none when it does not exist yet. */
    static AuditKeyring read(Path file) throws IOException {
        TreeMap<Integer, byte[]> keys = new TreeMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (!line.isBlank()) {
                    int colon = line.indexOf(':');
                    keys.put(Integer.parseInt(line.substring(0, colon).trim()), Base64.getDecoder().decode(line.substring(colon + 1).trim()));
                }
            }
        }
        return new AuditKeyring(file, keys);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    int currentId() {
        return keys.lastKey();
    }

    boolean knows(int id) {
        return keys.containsKey(id);
    }

    /** Appends a new random key, which signs from now on; returns its id. */
    int rotate() throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        int id = keys.isEmpty() ? 1 : keys.lastKey() + 1;
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, id + ":" + Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        keys.put(id, key);
        return id;
    }

    String sign(int keyId, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.get(keyId), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<Integer, byte[]> keys() {
        return keys;
    }
}
