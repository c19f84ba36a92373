-- Per registry: whether a failed expectation of its latest checked version stops its open data from being published, and
-- how long its records are kept after the version that last wrote them (null: kept).
create table hub.dataset_rule (
    registry             text primary key check (registry in ('citizens', 'enterprises', 'parcels')),
    block_publication    boolean not null default false,
    retention_days       integer check (retention_days > 0),
    updated_by           text not null,
    updated_at           timestamptz not null default now()
);
