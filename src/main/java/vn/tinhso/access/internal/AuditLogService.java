package vn.tinhso.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.AuditRecord;
import vn.tinhso.platform.PageResult;
import vn.tinhso.access.AuditVerification;
import vn.tinhso.access.internal.AuditChain.AuditRow;

@Service
class AuditLogService implements AuditLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate snapshot;
    private final AuditCheckpoints checkpoints;

    AuditLogService(JdbcClient jdbc, PlatformTransactionManager transactions, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.ownTransaction = new TransactionTemplate(transactions);
        // An audit row is kept even when the work it describes is rolled back.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // The rows and the head must be read from one snapshot, or a row written in between looks like a removal.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    @Override
    public void record(AuditEntry entry) {
        String actor = entry.actor() != null ? entry.actor() : currentActor();
        String address = currentAddress();
        ownTransaction.executeWithoutResult(status -> {
            var head = jdbc.sql("select last_id, last_hash from access.audit_head for update")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
            long id = (Long) head[0] + 1;
            String prevHash = (String) head[1];
            AuditRow row = new AuditRow(id, Instant.now().truncatedTo(ChronoUnit.MICROS), actor, entry.action(),
                    entry.objectType(), entry.objectId(), address, entry.purpose(), entry.detail());
            String hash = AuditChain.hash(prevHash, row);
            jdbc.sql("""
                    insert into access.audit_log (id, at, actor, action, object_type, object_id, address, purpose, detail, prev_hash, hash)
                    values (:id, :at, :actor, :action, :objectType, :objectId, :address, :purpose, :detail, :prev, :hash)""")
                    .param("id", id).param("at", row.at().atOffset(ZoneOffset.UTC)).param("actor", actor)
                    .param("action", row.action()).param("objectType", row.objectType()).param("objectId", row.objectId())
                    .param("address", address).param("purpose", row.purpose()).param("detail", row.detail())
                    .param("prev", prevHash).param("hash", hash).update();
            jdbc.sql("update access.audit_head set last_id = :id, last_hash = :hash").param("id", id).param("hash", hash).update();
        });
    }

    @Override
    public AuditVerification verify() {
        List<AuditCheckpoint> anchors;
        AuditKeyring keyring;
        try {
            anchors = checkpoints.read();
            keyring = checkpoints.keyring();
        } catch (IllegalArgumentException e) {
            return AuditVerification.brokenAt(0, null, "the checkpoint file " + checkpoints.file() + " was altered: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AuditVerification signatures = checkSignatures(anchors, keyring);
        if (signatures != null) {
            return signatures;
        }
        return snapshot.execute(status -> verifyInSnapshot(anchors));
    }

    /** Each checkpoint carries a valid signature, and no key signs after its successor did. */
    private AuditVerification checkSignatures(List<AuditCheckpoint> anchors, AuditKeyring keyring) {
        int newestKey = 0;
        for (AuditCheckpoint anchor : anchors) {
            if (!keyring.knows(anchor.keyId())) {
                throw new IllegalStateException("the checkpoint of row " + anchor.rowId() + " is signed with key "
                        + anchor.keyId() + ", which is not in " + checkpoints.keyFile());
            }
            if (!keyring.sign(anchor.keyId(), anchor.signedText()).equals(anchor.mac())) {
                return AuditVerification.brokenAt(0, anchor.rowId(), "the checkpoint of row " + anchor.rowId() + " at "
                        + anchor.at() + " is not validly signed: " + checkpoints.file() + " was altered");
            }
            if (anchor.keyId() < newestKey) {
                return AuditVerification.brokenAt(0, anchor.rowId(), "the checkpoint of row " + anchor.rowId()
                        + " is signed with key " + anchor.keyId() + " after key " + newestKey + " replaced it");
            }
            newestKey = anchor.keyId();
        }
        return null;
    }

    private AuditVerification verifyInSnapshot(List<AuditCheckpoint> anchors) {
        Map<Long, List<AuditCheckpoint>> anchorsByRow = anchors.stream().collect(Collectors.groupingBy(AuditCheckpoint::rowId));
        AtomicReference<String> prev = new AtomicReference<>(AuditChain.GENESIS);
        AtomicLong expectedId = new AtomicLong(1);
        AtomicLong checked = new AtomicLong();
        AtomicReference<AuditVerification> broken = new AtomicReference<>();
        jdbc.sql("select id, at, actor, action, object_type, object_id, address, purpose, detail, prev_hash, hash from access.audit_log order by id")
                .query(rs -> {
                    if (broken.get() != null) {
                        return;
                    }
                    AuditRow row = new AuditRow(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                            rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                            rs.getString("address"), rs.getString("purpose"), rs.getString("detail"));
                    checked.incrementAndGet();
                    if (row.id() != expectedId.get()) {
                        broken.set(AuditVerification.brokenAt(checked.get(), expectedId.get(),
                                "row " + expectedId.get() + " is missing (next row is " + row.id() + ")"));
                    } else if (!prev.get().equals(rs.getString("prev_hash"))) {
                        broken.set(AuditVerification.brokenAt(checked.get(), row.id(), "its link to the previous row does not match"));
                    } else if (!AuditChain.hash(prev.get(), row).equals(rs.getString("hash"))) {
                        broken.set(AuditVerification.brokenAt(checked.get(), row.id(), "its content was changed after it was written"));
                    } else {
                        String hash = rs.getString("hash");
                        anchorsByRow.getOrDefault(row.id(), List.of()).stream()
                                .filter(anchor -> !anchor.hash().equals(hash)).findFirst()
                                .ifPresent(anchor -> broken.set(AuditVerification.brokenAt(checked.get(), row.id(),
                                        "it differs from the checkpoint signed at " + anchor.at()
                                                + ": the rows up to it were rewritten and the chain re-hashed")));
                    }
                    prev.set(rs.getString("hash"));
                    expectedId.incrementAndGet();
                });
        if (broken.get() != null) {
            return broken.get();
        }
        var head = jdbc.sql("select last_id, last_hash from access.audit_head")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if ((Long) head[0] != expectedId.get() - 1 || !head[1].equals(prev.get())) {
            return AuditVerification.brokenAt(checked.get(), (Long) head[0],
                    "the last rows were removed: the chain should end at row " + head[0]);
        }
        var newestAnchor = anchors.stream().max(java.util.Comparator.comparingLong(AuditCheckpoint::rowId));
        if (newestAnchor.isPresent() && newestAnchor.get().rowId() > (Long) head[0]) {
            return AuditVerification.brokenAt(checked.get(), (Long) head[0], "the chain ends at row " + head[0]
                    + " but row " + newestAnchor.get().rowId() + " was checkpointed at " + newestAnchor.get().at()
                    + ": the last rows were removed");
        }
        return AuditVerification.ok(checked.get());
    }

    @Override
    public PageResult<AuditRecord> recent(String actor, int page, int size) {
        String filter = actor == null || actor.isBlank() ? "" : " where actor = :actor";
        var rows = jdbc.sql("select * from access.audit_log" + filter + " order by id desc limit :size offset :offset")
                .param("actor", actor).param("size", PageResult.clampSize(size)).param("offset", PageResult.offset(page, size))
                .query((rs, n) -> new AuditRecord(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("address"), rs.getString("purpose"), rs.getString("detail"))).list();
        long total = jdbc.sql("select count(*) from access.audit_log" + filter).param("actor", actor).query(Long.class).single();
        return new PageResult<>(rows, page, PageResult.clampSize(size), total);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
