package vn.tinhso.streams.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The event log on Kafka, chosen with {@code tinhso.streams.log=kafka}, and the consumer that keeps its events searchable. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tinhso.streams.log", havingValue = "kafka")
class KafkaLogConfiguration {

    @Bean
    KafkaEventLog kafkaEventLog(JdbcClient jdbc, TransactionTemplate tx,
                                @Value("${tinhso.streams.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
                                @Value("${tinhso.streams.kafka.topic-prefix:tinhso.}") String topicPrefix,
                                @Value("${tinhso.streams.kafka.partitions:6}") int partitions,
                                @Value("${tinhso.streams.kafka.replication-factor:1}") short replicationFactor) {
        return new KafkaEventLog(jdbc, tx, new KafkaEventLog.Settings(bootstrapServers, topicPrefix, partitions, replicationFactor));
    }

    @Bean
    KafkaEventStore kafkaEventStore(KafkaEventLog log, DataSource dataSource, JdbcClient jdbc) {
        return new KafkaEventStore(log, dataSource, jdbc);
    }
}
