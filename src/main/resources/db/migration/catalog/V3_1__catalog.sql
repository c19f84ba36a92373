create schema if not exists catalog;

-- A named collection of data that arrives as successive files (versions).
create table catalog.dataset (
    id          bigserial primary key,
    name        text not null unique,
    kind        text not null,
    created_at  timestamptz not null default now()
);

-- One upload attempt: the background job while it runs, then the version with its provenance.
-- Failed and rejected attempts are kept with their report; only ACCEPTED versions brought rows.
create table catalog.dataset_version (
    id             bigserial primary key,
    dataset_id     bigint not null references catalog.dataset(id),
    number         int not null,
    kind           text not null,
    status         text not null check (status in ('QUEUED', 'RUNNING', 'ACCEPTED', 'FAILED', 'DUPLICATE')),
    phase          text,
    source         text not null,
    file_name      text not null,
    file_format    text,
    file_size      bigint not null,
    sha256         text not null,
    same_as        bigint references catalog.dataset_version(id),
    accept_valid_rows boolean not null default false,
    rows_total     int not null default 0,
    rows_done      int not null default 0,
    rows_accepted  int not null default 0,
    rows_rejected  int not null default 0,
    username       text not null,
    created_at     timestamptz not null default now(),
    finished_at    timestamptz,
    message        text,
    problems       jsonb not null default '[]'::jsonb,
    log            text not null default '',
    unique (dataset_id, number)
);
create index dataset_version_sha on catalog.dataset_version (sha256);
