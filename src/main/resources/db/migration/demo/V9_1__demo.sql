create schema if not exists demo;

-- One row once the demo province has been generated, so it is generated only once.
create table demo.generation (
    id           int primary key default 1 check (id = 1),
    seed         bigint not null,
    contributors text[] not null,
    finished_at  timestamptz not null default now()
);
