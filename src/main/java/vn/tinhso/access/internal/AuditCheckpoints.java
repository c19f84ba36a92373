package vn.tinhso.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the audit chain outside the database: every {@code tinhso.audit.checkpoint-interval} in
 * which the chain grew, and at shutdown, its head (row id, hash, time) is signed with the newest key
 * of the key file and appended to the checkpoint file and the structured log. Someone who rewrites
 * rows and re-hashes the chain inside the database cannot re-sign the checkpoints.
 */
@Component
@EnableScheduling
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final JdbcClient jdbc;
    private final Path file;
    private final Path keyFile;
    private final boolean command;

    AuditCheckpoints(JdbcClient jdbc, @Value("${tinhso.audit.checkpoint-file}") Path file,
                     @Value("${tinhso.audit.key-file}") Path keyFile, @Value("${tinhso.command:}") String command) {
        this.jdbc = jdbc;
        this.file = file.toAbsolutePath().normalize();
        this.keyFile = keyFile.toAbsolutePath().normalize();
        this.command = !command.isEmpty();
    }

    Path file() {
        return file;
    }

    Path keyFile() {
        return keyFile;
    }

    @Scheduled(initialDelayString = "${tinhso.audit.checkpoint-interval:60s}", fixedDelayString = "${tinhso.audit.checkpoint-interval:60s}")
    void onSchedule() throws IOException {
        if (!command) {
            writeIfGrown();
        }
    }

    @PreDestroy
    void onShutdown() {
        if (!command) {
            try {
                writeIfGrown();
            } catch (IOException | RuntimeException e) {
                log.warn("No audit checkpoint at shutdown: {}", e.getMessage());
            }
        }
    }

    /** A checkpoint unless the chain is empty or its head is already the last checkpoint's. */
    synchronized Optional<AuditCheckpoint> writeIfGrown() throws IOException {
        long headRow = jdbc.sql("select last_id from access.audit_head").query(Long.class).single();
        List<AuditCheckpoint> written = read();
        if (headRow == 0 || (!written.isEmpty() && written.get(written.size() - 1).rowId() == headRow)) {
            return Optional.empty();
        }
        return Optional.of(write());
    }

    /** Signs the chain's current head with the newest key (creating the key file on first use) and appends it. */
    synchronized AuditCheckpoint write() throws IOException {
        AuditKeyring keyring = AuditKeyring.read(keyFile);
        if (keyring.isEmpty()) {
            keyring.rotate();
            log.info("Created the audit checkpoint key file {}", keyFile);
        }
        var head = jdbc.sql("select last_id, last_hash from access.audit_head")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        int keyId = keyring.currentId();
        AuditCheckpoint unsigned = new AuditCheckpoint(Instant.now().truncatedTo(ChronoUnit.MICROS), (Long) head[0],
                (String) head[1], keyId, null);
        AuditCheckpoint checkpoint = new AuditCheckpoint(unsigned.at(), unsigned.rowId(), unsigned.hash(), keyId,
                keyring.sign(keyId, unsigned.signedText()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, checkpoint.line() + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        log.atInfo().addKeyValue("audit.checkpoint.row", checkpoint.rowId())
                .addKeyValue("audit.checkpoint.hash", checkpoint.hash())
                .addKeyValue("audit.checkpoint.key", checkpoint.keyId())
                .addKeyValue("audit.checkpoint.mac", checkpoint.mac())
                .log("Audit checkpoint {}", checkpoint.line());
        return checkpoint;
    }

    /** Appends a new key; checkpoints from now on are signed with it. Returns its id. */
    synchronized int rotateKey() throws IOException {
        return AuditKeyring.read(keyFile).rotate();
    }

    List<AuditCheckpoint> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().filter(l -> !l.isBlank())
                .map(AuditCheckpoint::parse).toList();
    }

    AuditKeyring keyring() throws IOException {
        return AuditKeyring.read(keyFile);
    }
}
