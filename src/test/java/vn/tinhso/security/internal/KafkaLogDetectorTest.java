package vn.tinhso.security.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.security.governance.Attribution;
import vn.tinhso.security.reports.EventCounts;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.internal.KafkaTestLogs;

/**
 * The detector contract on the Kafka log of the in-JVM KRaft broker: a detector and an intake wired to a Kafka log
 * of this run's own topic, in the shared test context. A restart closes the Kafka clients and builds a new detector,
 * which restores its windows from the database and seeks to its stored offsets.
 */
@SpringBootTest
@ActiveProfiles("test")
class KafkaLogDetectorTest extends DetectorContract {

    @Autowired TransactionTemplate tx;
    @Autowired Attribution attribution;
    @Autowired EventCounts counts;
    @Autowired CorrelationWindows windows;

    private final String topicPrefix = "detector-" + Long.toString(System.nanoTime(), 36) + ".";
    private EventLog log;
    private SigmaDetector detector;

    @BeforeEach
    void start() {
        log = KafkaTestLogs.log(jdbc, tx, topicPrefix);
        detector = new SigmaDetector(log, alerts, attribution, counts, windows, false);
    }

    @AfterEach
    void stop() {
        KafkaTestLogs.close(log);
    }

    @Override
    Intake intake() {
        return KafkaTestLogs.intake(log, tx);
    }

    @Override
    SigmaDetector detector() {
        return detector;
    }

    @Override
    int octet() {
        return 82;
    }

    @Override
    String name() {
        return "kafka";
    }

    @Override
    void restart() {
        stop();
        start();
    }
}
