package vn.tinhso.streams.internal;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.streams.EventLog;

/**
 * The same contract on the in-JVM KRaft broker. The offsets live in the test database of the shared context; the
 * topic is this run's own, with 3 partitions so that sources spread over them.
 */
@SpringBootTest
@ActiveProfiles("test")
class KafkaEventLogContractTest extends EventLogContract {

    private final List<KafkaEventLog> opened = new ArrayList<>();

    @Override
    EventLog newLog() {
        KafkaEventLog log = new KafkaEventLog(jdbc, tx,
                new KafkaEventLog.Settings(KafkaTestBroker.bootstrapServers(), "contract-" + run + ".", 3, (short) 1));
        opened.add(log);
        return log;
    }

    @Autowired DataSource dataSource;

    @Test
    void theStoringConsumerCopiesEveryEventOnceIntoTheSearchableTable() {
        EventLog log = newLog();
        String source = "contract-store-" + run;
        log.append(source, events("stored", 25));
        KafkaEventStore store = new KafkaEventStore(log, dataSource, jdbc);
        while (store.storeOnce() > 0) {
            // store to the end
        }
        log.append(source, events("later", 5));
        KafkaEventStore restarted = new KafkaEventStore(newLog(), dataSource, jdbc);
        while (restarted.storeOnce() > 0) {
            // store to the end
        }
        assertThat(jdbc.sql("select fields->>'event.action' || ' ' || original from streams.event where source = :s order by event_time, fields->>'event.action' desc")
                .param("s", source).query(String.class).list())
                .hasSize(30).startsWith("stored stored line 0", "later later line 0").doesNotHaveDuplicates();
    }

    @AfterEach
    void close() {
        opened.forEach(KafkaEventLog::close);
    }
}
