package vn.tinhso.streams.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.ParsedEvent;

/**
 * The scale-out event log ({@code tinhso.streams.log=kafka}): one topic, keyed and so partitioned by source. An append
 * returns once every record is acknowledged by all in-sync replicas (idempotent producer, so retries add no copies).
 * A consumer's positions are not committed to Kafka but kept in {@code streams.kafka_offset}, written in the
 * transaction of its handler, and sought to before every read: a batch is handled in one committed transaction or
 * not at all. A sequence is {@code partition << 40 | offset + 1}; a checkpoint is how many events the consumer has
 * passed over all partitions. Dead letters stay in PostgreSQL.
 */
class KafkaEventLog implements EventLog, AutoCloseable {

    static final int PARTITION_SHIFT = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    /** How long a read waits for records when the consumer does not yet know it is at the end of every partition. */
    private static final Duration WAIT = Duration.ofSeconds(2);

    record Settings(String bootstrapServers, String topicPrefix, int partitions, short replicationFactor) {
        String topic() {
            return topicPrefix + "events";
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Settings settings;
    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Reader> readers = new ConcurrentHashMap<>();
    private volatile boolean topicReady;
    private final AppendListeners listeners = new AppendListeners();

    KafkaEventLog(JdbcClient jdbc, TransactionTemplate tx, Settings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.topic = settings.topic();
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "tinhso-streams");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    static long sequence(int partition, long offset) {
        return ((long) partition << PARTITION_SHIFT) | (offset + 1);
    }

    private void ensureTopic() {
        if (topicReady) {
            return;
        }
        synchronized (this) {
            if (topicReady) {
                return;
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(topic, settings.partitions(), settings.replicationFactor())))
                        .all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("could not create Kafka topic " + topic + ": " + e.getCause(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating Kafka topic " + topic, e);
            }
            topicReady = true;
        }
    }

    @Override
    public List<Long> append(String source, List<ParsedEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        ensureTopic();
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        for (ParsedEvent e : events) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("t", e.timestamp().toString());
            value.put("f", e.format());
            value.put("x", e.fields());
            value.put("o", e.original());
            sent.add(producer.send(new ProducerRecord<>(topic, source, JSON.writeValueAsBytes(value))));
        }
        producer.flush();
        List<Long> seqs = new ArrayList<>(events.size());
        try {
            for (Future<RecordMetadata> f : sent) {
                RecordMetadata m = f.get();
                seqs.add(sequence(m.partition(), m.offset()));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge the events of " + source + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending to Kafka", e);
        }
        listeners.afterCommit(() -> { });
        return seqs;
    }

    @Override
    public void onAppend(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void deadLetter(String source, int lineNo, String reason, String original) {
        jdbc.sql("insert into streams.dead_letter (source, line_no, reason, original) values (:s, :l, :r, :o)")
                .param("s", source).param("l", lineNo).param("r", reason)
                .param("o", original.replace('\0', '\uFFFD')).update();
    }

    @Override
    public long deadLetters() {
        return jdbc.sql("select count(*) from streams.dead_letter").query(Long.class).single();
    }

    @Override
    public int consume(String consumer, int max, Consumer<List<Event>> handler) {
        ensureTopic();
        Reader reader = readers.computeIfAbsent(consumer, Reader::new);
        synchronized (reader) {
            Integer handled = tx.execute(status -> {
                // One reader per consumer across processes too: the lock lasts until the offsets are committed.
                jdbc.sql("select pg_advisory_xact_lock(hashtext('streams.kafka_offset'), hashtext(:c))")
                        .param("c", consumer).query().singleRow();
                Map<Integer, Long> stored = new HashMap<>();
                jdbc.sql("select partition, next_offset from streams.kafka_offset where consumer = :c and topic = :t")
                        .param("c", consumer).param("t", topic)
                        .query((rs, n) -> stored.put(rs.getInt(1), rs.getLong(2))).list();
                List<ConsumerRecord<String, byte[]>> records = reader.read(stored, max);
                if (records.isEmpty()) {
                    return 0;
                }
                handler.accept(records.stream().map(KafkaEventLog::event).toList());
                Map<Integer, Long> next = new HashMap<>();
                records.forEach(r -> next.merge(r.partition(), r.offset() + 1, Math::max));
                next.forEach((partition, offset) -> jdbc.sql("""
                                insert into streams.kafka_offset (consumer, topic, partition, next_offset)
                                values (:c, :t, :p, :o)
                                on conflict (consumer, topic, partition) do update set next_offset = excluded.next_offset,
                                updated_at = now()""")
                        .param("c", consumer).param("t", topic).param("p", partition).param("o", offset).update());
                return records.size();
            });
            return handled == null ? 0 : handled;
        }
    }

    private static Event event(ConsumerRecord<String, byte[]> r) {
        Map<String, Object> value = JSON.readValue(r.value(), MAP);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) value.get("x");
        return new Event(sequence(r.partition(), r.offset()), Instant.parse((String) value.get("t")), r.key(),
                (String) value.get("f"), fields, (String) value.get("o"));
    }

    @Override
    public long checkpoint(String consumer) {
        return jdbc.sql("select coalesce(sum(next_offset), 0) from streams.kafka_offset where consumer = :c and topic = :t")
                .param("c", consumer).param("t", topic).query(Long.class).single();
    }

    @Override
    public void close() {
        readers.values().forEach(Reader::close);
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * A Kafka consumer with every partition of the topic assigned by hand (no group membership, nothing committed to
     * Kafka). Its position is moved to the stored offsets whenever it differs, e.g. after a handler rolled back.
     */
    private final class Reader {

        private final KafkaConsumer<String, byte[]> kafka;

        Reader(String consumer) {
            Map<String, Object> config = new HashMap<>();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "tinhso-" + consumer);
            this.kafka = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        }

        List<ConsumerRecord<String, byte[]>> read(Map<Integer, Long> stored, int max) {
            Set<TopicPartition> partitions = kafka.partitionsFor(topic, WAIT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
            if (!partitions.equals(kafka.assignment())) {
                kafka.assign(partitions);
            }
            for (TopicPartition tp : partitions) {
                long from = stored.getOrDefault(tp.partition(), 0L);
                if (kafka.position(tp, WAIT) != from) {
                    kafka.seek(tp, from);
                }
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
            Map<TopicPartition, Long> firstLeftOut = new HashMap<>();
            // Fill the batch while records are behind, but never wait once every partition is read to its end.
            do {
                for (ConsumerRecord<String, byte[]> r : kafka.poll(Duration.ofMillis(100))) {
                    if (out.size() < max) {
                        out.add(r);
                    } else {
                        firstLeftOut.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
                    }
                }
            } while (out.size() < max && !atEnd(partitions) && System.nanoTime() < deadline);
            // Records fetched past max are read again next time, from the first one left out.
            firstLeftOut.forEach(kafka::seek);
            return out;
        }

        private boolean atEnd(Set<TopicPartition> partitions) {
            for (TopicPartition tp : partitions) {
                var lag = kafka.currentLag(tp);
                if (lag.isEmpty() || lag.getAsLong() > 0) {
                    return false;
                }
            }
            return true;
        }

        void close() {
            kafka.close(Duration.ofSeconds(5));
        }
    }
}
