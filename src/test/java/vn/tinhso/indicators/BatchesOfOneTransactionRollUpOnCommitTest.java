package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An import writes its batches in one transaction; the roll-ups are summed once, as it commits, and not at all if it rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ANALYST")
class BatchesOfOneTransactionRollUpOnCommitTest {

    @Autowired DataValues values;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private Double rolledUp(String unit, String period) {
        return jdbc.sql("select value from indicators.rollup where element = 'T_VALUE' and unit_code = :u and period = :p")
                .param("u", unit).param("p", period).query(Double.class).optional().orElse(null);
    }

    private void batch(String unit, String period, String value) {
        values.write(List.of(new DataValue("T_VALUE", null, unit, period, new BigDecimal(value), ValueStatus.OFFICIAL)), null, Instant.now());
    }

    @Test
    void batchesOfOneTransactionAreSummedOnceItCommits() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            batch("07243", "202203", "4");
            batch("07246", "202203", "6");
            assertThat(rolledUp("215", "202203")).as("not summed before the commit").isNull();
        });
        assertThat(rolledUp("215", "202203")).isEqualTo(10.0);
        assertThat(rolledUp("24", "202203")).isEqualTo(10.0);
    }

    @Test
    void batchesOfATransactionThatRollsBackLeaveNoRollUps() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            batch("07243", "202204", "4");
            status.setRollbackOnly();
        });
        assertThat(rolledUp("215", "202204")).isNull();
        batch("07243", "202204", "5");
        assertThat(rolledUp("215", "202204")).isEqualTo(5.0);
    }
}
