-- Positions of the consumers of the Kafka event log (tinhso.streams.log=kafka): the next offset to read per topic
-- partition. Written in the same transaction as the consumer's own writes, so a batch is handled once or not at all;
-- consumers seek to these on start instead of using Kafka's committed group offsets.
create table streams.kafka_offset (
    consumer     text not null,
    topic        text not null,
    partition    int not null,
    next_offset  bigint not null,
    updated_at   timestamptz not null default now(),
    primary key (consumer, topic, partition)
);
