create schema if not exists access;

create table access.account (
    id              bigserial primary key,
    username        text not null unique,
    display_name    text not null,
    password_hash   text not null,
    roles           text[] not null,
    enabled         boolean not null default true,
    failed_attempts int not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);

create table access.api_token (
    id           bigserial primary key,
    account_id   bigint not null references access.account(id),
    name         text not null,
    token_prefix text not null,
    token_hash   text not null unique,
    role         text not null,
    scopes       text[] not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- The audit log is append-only: each row carries the hash of the previous row and of its own content.
create table access.audit_log (
    id          bigint primary key,
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    object_type text,
    object_id   text,
    address     text,
    purpose     text,
    detail      text,
    prev_hash   text not null,
    hash        text not null
);
create index audit_log_at on access.audit_log (at);
create index audit_log_actor on access.audit_log (actor, at);

-- One row: the head of the chain, locked while a row is appended so appends are serial.
create table access.audit_head (
    singleton boolean primary key default true check (singleton),
    last_id   bigint not null,
    last_hash text not null
);
insert into access.audit_head values (true, 0, repeat('0', 64));

create function access.audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;

create trigger audit_log_no_update before update or delete or truncate on access.audit_log
    for each statement execute function access.audit_log_is_append_only();
