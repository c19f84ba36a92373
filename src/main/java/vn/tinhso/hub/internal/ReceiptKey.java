package vn.tinhso.hub.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hub's Ed25519 key for receipts, made on first use and kept in a file only its owner can read
 * ({@code tinhso.hub.receipt-key-file}: the private and the public key, Base64, one a line).
 */
@Component
class ReceiptKey {

    static final String ALGORITHM = "Ed25519";

    private final Path file;
    private volatile KeyPair pair;

    ReceiptKey(@Value("${tinhso.hub.receipt-key-file:${tinhso.db.data-dir:./data/postgres}/../hub/receipt.key}") String file) {
        this.file = Path.of(file);
    }

    String sign(String text) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(pair().getPrivate());
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String publicKey() {
        return Base64.getEncoder().encodeToString(pair().getPublic().getEncoded());
    }

    private synchronized KeyPair pair() {
        if (pair != null) return pair;
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(file)) {
                String[] lines = Files.readString(file).strip().split("\n");
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].strip())));
                PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].strip())));
                pair = new KeyPair(publicKey, privateKey);
            } else {
                KeyPair made = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temporary = file.resolveSibling(file.getFileName() + ".new");
                Files.deleteIfExists(temporary);
                Files.createFile(temporary);
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data directory's own permissions protect it.
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(made.getPrivate().getEncoded()) + "\n"
                        + Base64.getEncoder().encodeToString(made.getPublic().getEncoded()) + "\n");
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                pair = made;
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt key " + file + " cannot be read or written", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the receipt key " + file + " is not an Ed25519 key pair", e);
        }
    }
}
