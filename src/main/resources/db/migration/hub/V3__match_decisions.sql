-- A data steward's decision on a group of records that may be one person or one enterprise registered twice.
create table hub.match_decision (
    group_key   text primary key,
    kind        text not null check (kind in ('citizen', 'enterprise')),
    decision    text not null check (decision in ('distinct', 'duplicate')),
    note        text,
    decided_by  text not null,
    decided_at  timestamptz not null default now()
);
