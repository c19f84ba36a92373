package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.streams.EventLog;

/** {@code tinhso.streams.log} picks the one event log; Kafka mode brings the consumer that stores events for search. */
class EventLogChoiceTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(JdbcClient.class, () -> mock(JdbcClient.class))
            .withBean(DataSource.class, () -> mock(DataSource.class))
            .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class))
            .withUserConfiguration(PostgresEventLog.class, KafkaLogConfiguration.class);

    @Test
    void postgresIsTheDefaultLog() {
        runner.run(context -> {
            assertThat(context.getBean(EventLog.class)).isInstanceOf(PostgresEventLog.class);
            assertThat(context).doesNotHaveBean(KafkaEventStore.class);
        });
        runner.withPropertyValues("tinhso.streams.log=postgres")
                .run(context -> assertThat(context.getBean(EventLog.class)).isInstanceOf(PostgresEventLog.class));
    }

    @Test
    void kafkaModeReplacesTheLogAndStoresItsEventsForSearch() {
        runner.withPropertyValues("tinhso.streams.log=kafka", "tinhso.streams.kafka.bootstrap-servers=127.0.0.1:1",
                        "tinhso.streams.kafka.topic-prefix=choice.")
                .run(context -> {
                    assertThat(context.getBean(EventLog.class)).isInstanceOf(KafkaEventLog.class);
                    assertThat(context).hasSingleBean(KafkaEventStore.class);
                });
    }
}
