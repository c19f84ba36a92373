package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.platform.Superuser;

@SpringBootTest
@ActiveProfiles("test")
class AuditLogTamperingTest {

    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @BeforeEach
    void aFreshChainOfRows() {
        // Test-only reset: replica mode skips the append-only trigger, as an attacker with superuser rights could.
        asSuperuser("delete from access.audit_log");
        jdbc.sql("update access.audit_head set last_id = 0, last_hash = repeat('0', 64)").update();
        for (int i = 1; i <= 5; i++) {
            audit.record(new AuditEntry("tester", "read.plate", "plate", "98A-123.4" + i, "investigation " + i, null));
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
    }

    @Test
    void theAppendOnlyTriggerRefusesOrdinaryUpdatesAndDeletes() {
        assertThatThrownBy(() -> jdbc.sql("update access.audit_log set actor = 'x' where id = 2").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access.audit_log where id = 2").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anEditedRowIsFoundAsTheFirstBrokenLink() {
        asSuperuser("update access.audit_log set purpose = 'curiosity' where id = 3");
        AuditVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(3);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void aDeletedRowIsFound() {
        asSuperuser("delete from access.audit_log where id = 2");
        AuditVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(2);
    }

    @Test
    void removingTheLastRowsIsFound() {
        asSuperuser("delete from access.audit_log where id >= 4");
        AuditVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("last rows were removed");
    }

    @Test
    void aRowRewrittenWithAFreshHashBreaksTheNextLink() {
        asSuperuser("update access.audit_log set actor = 'someone else', hash = repeat('a', 64) where id = 2");
        AuditVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isIn(2L, 3L);
    }

    private void asSuperuser(String sql) {
        Superuser.sql(context, "set local session_replication_role = replica", sql);
    }

    @Test
    void rowsWrittenWhileTheChainIsVerifiedAreNotReportedAsRemoved() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) audit.record(new AuditEntry("tester", "login", "account", "busy", null, null));
        });
        writer.start();
        try {
            for (int i = 0; i < 40; i++) {
                AuditVerification result = audit.verify();
                assertThat(result.intact()).as("verification %d: %s", i, result.problem()).isTrue();
            }
        } finally {
            writing.set(false);
            writer.join();
        }
    }
}

