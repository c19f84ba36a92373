package vn.tinhso.platform.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded server's two roles, kept in the data directory readable only by
 * its owner: {@code postgres} (superuser, used only to set the server up at start) and
 * {@code tinhso} (owns the platform's schemas, not a superuser; the application runs as it).
 */
record DatabaseCredentials(String superuserPassword, String appPassword, String analystPassword) {

    /** The analyst role's password is never written down: a new one is set at every start. */
    DatabaseCredentials(String superuserPassword, String appPassword) {
        this(superuserPassword, appPassword, randomPassword());
    }

    static final String FILE_NAME = "tinhso-credentials.properties";
    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "tinhso";

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(randomPassword(), randomPassword());
    }

    static Optional<DatabaseCredentials> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return Optional.of(new DatabaseCredentials(p.getProperty(SUPERUSER), p.getProperty(APP_ROLE)));
    }

    /** Written to a 0600 file beside it first and then moved, so a crash leaves the old file or the new one. */
    void write(Path dataDirectory) throws IOException {
        Properties p = new Properties();
        p.setProperty(SUPERUSER, superuserPassword);
        p.setProperty(APP_ROLE, appPassword);
        Path file = dataDirectory.resolve(FILE_NAME);
        Path temporary = ownerOnlyFile(dataDirectory.resolve(FILE_NAME + ".new"));
        try (Writer out = Files.newBufferedWriter(temporary)) {
            p.store(out, "Passwords of the embedded PostgreSQL; keep this file mode 0600");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Creates (or empties) a file only its owner can read and write. */
    static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[…]";
    }
}
