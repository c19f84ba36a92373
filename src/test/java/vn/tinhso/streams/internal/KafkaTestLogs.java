package vn.tinhso.streams.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.Intake;

/**
 * A Kafka event log on the shared in-JVM broker, with its own topic, and an intake writing to it: lets tests of other
 * modules run on the Kafka log inside the shared (PostgreSQL-mode) test context instead of starting a second one.
 */
public final class KafkaTestLogs {

    private KafkaTestLogs() {
    }

    /** The caller closes it; a second log with the same prefix is the same log after a restart. */
    public static EventLog log(JdbcClient jdbc, TransactionTemplate tx, String topicPrefix) {
        return new KafkaEventLog(jdbc, tx, new KafkaEventLog.Settings(KafkaTestBroker.bootstrapServers(), topicPrefix, 3, (short) 1));
    }

    public static Intake intake(EventLog log, TransactionTemplate tx) {
        return new IntakeService(log, tx);
    }

    public static void close(EventLog log) {
        ((KafkaEventLog) log).close();
    }
}
