package vn.tinhso.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Unfinished jobs are failed only when the node that ran them is gone, so several nodes can share one database. */
@SpringBootTest
@ActiveProfiles("test")
class InterruptedJobsTest {

    @Autowired DatasetVersions versions;
    @Autowired ImportNode node;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transaction;

    private long runningJobOf(String owner) {
        long dataset = versions.datasetId("Sweep test " + owner, "territory.villages");
        long id = transaction.execute(s -> versions.create(dataset, "territory.villages", "test", "f.csv", "csv", 10, "sha-" + owner,
                false, 1, "steward"));
        jdbc.sql("update catalog.dataset_version set status = 'RUNNING', node = :node where id = :id").param("node", owner).param("id", id).update();
        return id;
    }

    private String status(long id) {
        return jdbc.sql("select status from catalog.dataset_version where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void aDeadNodesJobsFailAndLiveNodesJobsRun() throws Exception {
        long mine = runningJobOf(node.id());
        long dead = runningJobOf("node-that-crashed");
        long other = runningJobOf("node-still-running");
        try (Connection otherNode = dataSource.getConnection()) {
            try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(hashtextextended(?, 0))")) {
                lock.setString(1, ImportNode.lockName("node-still-running"));
                lock.execute();
            }
            versions.failInterrupted();
            assertThat(status(mine)).isEqualTo("RUNNING");
            assertThat(status(other)).isEqualTo("RUNNING");
            assertThat(status(dead)).isEqualTo("FAILED");
        }
        versions.failInterrupted();
        assertThat(status(other)).as("its node closed its session").isEqualTo("FAILED");
        assertThat(status(mine)).isEqualTo("RUNNING");
    }
}
