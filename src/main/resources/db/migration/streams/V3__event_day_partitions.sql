-- Events are kept in one partition per day of arrival (UTC): retention drops whole days instead of deleting rows, and
-- each day's indexes stay small. The default partition catches a day that has no partition yet, so no event is ever
-- refused; the maintenance job (EventPartitions) creates the coming days ahead and moves any strays into their day.
alter table streams.event rename to event_until_partitioned;
-- Its primary key on seq alone gives way to the partitioned table's (seq, received_at), built when it is attached.
alter table streams.event_until_partitioned drop constraint event_pkey;
alter index streams.event_time_idx rename to event_until_partitioned_time;
alter index streams.event_source_idx rename to event_until_partitioned_source;

create table streams.event (
    seq          bigint not null default nextval('streams.event_seq'),
    received_at  timestamptz not null default now(),
    event_time   timestamptz not null,
    source       text not null,
    format       text not null,
    fields       jsonb not null,
    original     text not null,
    primary key (seq, received_at)
) partition by range (received_at);
create index event_time_idx on streams.event (event_time);
create index event_source_idx on streams.event (source, seq);
create table streams.event_default partition of streams.event default;

-- Everything stored so far becomes one partition ending with the current day; the job creates the days after it.
do $$
declare
    upto timestamptz := (date_trunc('day', now() at time zone 'UTC') + interval '1 day') at time zone 'UTC';
begin
    execute format('alter table streams.event_until_partitioned add constraint event_until_partitioned_range check (received_at < %L)', upto);
    execute format('alter table streams.event attach partition streams.event_until_partitioned for values from (minvalue) to (%L)', upto);
end $$;

-- How long events are kept, per source name prefix (the longest matching prefix wins); sources matching none keep
-- the configured default (tinhso.streams.retention.default-days).
create table streams.retention (
    source_prefix text primary key,
    days          int not null check (days > 0),
    updated_by    text,
    updated_at    timestamptz not null default now()
);
