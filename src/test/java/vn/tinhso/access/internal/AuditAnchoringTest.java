package vn.tinhso.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.AuditVerification;
import vn.tinhso.access.internal.AuditChain.AuditRow;
import vn.tinhso.platform.Superuser;

/** The audit chain is anchored outside the database: a chain rewritten and re-hashed inside it no longer verifies. */
@SpringBootTest
@ActiveProfiles("test")
class AuditAnchoringTest {

    @Autowired AuditLog audit;
    @Autowired AuditCheckpoints checkpoints;
    @Autowired ApplicationContext context;

    @BeforeEach
    void aFreshChainOfFiveRows() throws Exception {
        forgetCheckpoints();
        Superuser.sql(context, "set local session_replication_role = replica", "delete from access.audit_log",
                "update access.audit_head set last_id = 0, last_hash = repeat('0', 64)");
        for (int i = 1; i <= 5; i++) {
            audit.record(new AuditEntry("tester", "read.plate", "plate", "98A-123.4" + i, "investigation " + i, null));
        }
    }

    @AfterEach
    void forgetCheckpoints() throws Exception {
        Files.deleteIfExists(checkpoints.file());
    }

    @Test
    void aChainRewrittenAndReHashedBySuperuserNoLongerMatchesItsCheckpoint() throws Exception {
        checkpoints.write();
        assertThat(audit.verify().intact()).isTrue();

        // The probe's forgery: trigger off, one row edited, every later row and the head re-hashed.
        Superuser.run(context, su -> {
            su.sql("alter table access.audit_log disable trigger audit_log_no_update").update();
            su.sql("update access.audit_log set purpose = 'curiosity' where id = 3").update();
            List<AuditRow> rows = su.sql("select * from access.audit_log where id >= 3 order by id")
                    .query((rs, n) -> new AuditRow(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                            rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                            rs.getString("address"), rs.getString("purpose"), rs.getString("detail"))).list();
            String prev = su.sql("select hash from access.audit_log where id = 2").query(String.class).single();
            for (AuditRow row : rows) {
                String hash = AuditChain.hash(prev, row);
                su.sql("update access.audit_log set prev_hash = :prev, hash = :hash where id = :id")
                        .param("prev", prev).param("hash", hash).param("id", row.id()).update();
                prev = hash;
            }
            su.sql("update access.audit_head set last_hash = :hash").param("hash", prev).update();
            su.sql("alter table access.audit_log enable trigger audit_log_no_update").update();
        });

        AuditVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(5);
        assertThat(result.problem()).contains("differs from the checkpoint");
    }

    @Test
    void rowsRemovedBackToBeforeTheCheckpointAreFound() throws Exception {
        checkpoints.write();
        Superuser.sql(context, "set local session_replication_role = replica", "delete from access.audit_log where id >= 4",
                "update access.audit_head set last_id = 3, last_hash = (select hash from access.audit_log where id = 3)");

        AuditVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("row 5 was checkpointed", "last rows were removed");
    }

    @Test
    void anEditedCheckpointLineIsFound() throws Exception {
        checkpoints.write();
        String line = Files.readString(checkpoints.file());
        Files.writeString(checkpoints.file(), line.replace("row=5", "row=4"));

        AuditVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("not validly signed");
    }

    @Test
    void checkpointsSignedBeforeAKeyRotationStillVerifyAndTheKeyFileIsOwnerOnly() throws Exception {
        AuditCheckpoint before = checkpoints.write();
        int newKey = checkpoints.rotateKey();
        audit.record(new AuditEntry("tester", "read.plate", "plate", "98A-123.46", "investigation 6", null));
        AuditCheckpoint after = checkpoints.write();

        assertThat(after.keyId()).isEqualTo(newKey).isGreaterThan(before.keyId());
        assertThat(audit.verify().intact()).isTrue();
        assertThat(checkpoints.read()).extracting(AuditCheckpoint::rowId).containsExactly(5L, 6L);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(checkpoints.keyFile()))).isEqualTo("rw-------");
    }

    @Test
    void aCheckpointIsWrittenOnlyWhenTheChainHasGrown() throws Exception {
        assertThat(checkpoints.writeIfGrown()).isPresent();
        assertThat(checkpoints.writeIfGrown()).isEmpty();
        audit.record(new AuditEntry("tester", "login", "account", "tester", null, null));
        assertThat(checkpoints.writeIfGrown()).get().extracting(AuditCheckpoint::rowId).isEqualTo(6L);
    }
}
