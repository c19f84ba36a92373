-- Workbench queries kept by analysts; a shared one is listed for everyone who may use the workbench.
create table hub.saved_query (
    id       bigserial primary key,
    title    text not null,
    sql      text not null,
    owner    text not null,
    shared   boolean not null default false,
    saved_at timestamptz not null default now()
);
create index saved_query_owner on hub.saved_query (owner);
