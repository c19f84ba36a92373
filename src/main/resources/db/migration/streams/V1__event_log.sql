create schema if not exists streams;

-- The event log: every accepted event in the order it was committed. Appends hold an advisory lock for their
-- transaction, so a sequence number is never visible after a larger one and consumers can read by position.
create sequence streams.event_seq;

create table streams.event (
    seq          bigint primary key default nextval('streams.event_seq'),
    received_at  timestamptz not null default now(),
    event_time   timestamptz not null,
    source       text not null,
    format       text not null,
    fields       jsonb not null,
    original     text not null
);
create index event_time_idx on streams.event (event_time);
create index event_source_idx on streams.event (source, seq);

-- Lines no parser understood, kept with the reason so nothing is dropped silently.
create table streams.dead_letter (
    id           bigserial primary key,
    received_at  timestamptz not null default now(),
    source       text not null,
    line_no      int not null,
    reason       text not null,
    original     text not null
);

-- How far each consumer has read; moved in the same transaction as the consumer's own writes.
create table streams.checkpoint (
    consumer     text primary key,
    position     bigint not null,
    updated_at   timestamptz not null default now()
);
