package vn.tinhso.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.hub.ShareGrant;
import vn.tinhso.hub.Sharing;

/**
 * The exchange log's head is kept in memory. When another writer (a second server on the same database) has appended in
 * the meantime, the next answer links to that writer's entry instead of forking the chain; and the database refuses a fork.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExchangeLogStaysOneChainTest {

    @Autowired Sharing sharing;
    @Autowired JdbcClient jdbc;

    @Test
    void anAnswerAfterAnotherWritersEntryLinksToItAndTheChainStaysIntact() {
        sharing.registerConsumer("chain-agency", "Cục Thống kê");
        sharing.grant(new ShareGrant(null, "chain-agency", "enterprises", List.of("tax_code"), null, "Statistics",
                LocalDate.now().minusDays(1), null));
        sharing.share("chain-agency", "enterprises", 1, 5, "GET /api/hub/share/enterprises");
        String head = jdbc.sql("select hash from hub.share_log order by id desc limit 1").query(String.class).single();

        String theirs = appendAsAnotherWriter(head);
        var answer = sharing.share("chain-agency", "enterprises", 1, 5, "GET /api/hub/share/enterprises");

        String previous = jdbc.sql("select previous_hash from hub.share_log where id = :id").param("id", answer.logId()).query(String.class).single();
        assertThat(previous).isEqualTo(theirs);
        assertThat(sharing.verifyLog().intact()).isTrue();
        assertThatThrownBy(() -> appendAsAnotherWriter(head)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private String appendAsAnotherWriter(String previous) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String request = Sha256.hex("other-server"), response = Sha256.hex("{}");
        String hash = SharingService.link(previous, at, "other-agency", "enterprises", request, response, 0);
        jdbc.sql("""
                insert into hub.share_log (at, consumer, dataset, request_sha256, response_sha256, rows, previous_hash, hash)
                values (:at, 'other-agency', 'enterprises', :req, :res, 0, :prev, :hash)""")
                .param("at", Timestamp.from(at)).param("req", request).param("res", response).param("prev", previous).param("hash", hash)
                .update();
        return hash;
    }
}
