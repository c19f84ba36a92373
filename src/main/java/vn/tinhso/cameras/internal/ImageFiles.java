package vn.tinhso.cameras.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Snapshots kept as files named by their SHA-256 (the event table holds the hash, never the bytes): the same picture
 * sent twice is stored once, and the name proves the content.
 */
@Component
public class ImageFiles {

    private final Path root;

    ImageFiles(@Value("${tinhso.cameras.image-dir:${tinhso.db.data-dir}/../cameras/images}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** Writes the bytes under their hash unless already there; returns the path relative to the image directory. */
    String store(String sha256, byte[] content) {
        Path relative = Path.of(sha256.substring(0, 2), sha256);
        Path file = root.resolve(relative);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), sha256, ".part");
                Files.write(temporary, content);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return relative.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the image " + sha256, e);
        }
    }

    public Optional<byte[]> read(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) return Optional.empty();
        Path file = root.resolve(sha256.substring(0, 2)).resolve(sha256);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean delete(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) return false;
        try {
            return Files.deleteIfExists(root.resolve(sha256.substring(0, 2)).resolve(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
