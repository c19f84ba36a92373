create schema if not exists alerts;

-- One alert model for every detector. Repeats of the same rule on the same entities while the alert is open are
-- grouped into it (count, last_seen) instead of making new rows.
create table alerts.alert (
    id           bigserial primary key,
    group_key    text not null,
    module       text not null,
    rule_id      text not null,
    rule_title   text not null,
    severity     text not null check (severity in ('informational', 'low', 'medium', 'high', 'critical')),
    entities     jsonb not null,
    first_seen   timestamptz not null,
    last_seen    timestamptz not null,
    raised_at    timestamptz not null default now(),
    count        bigint not null,
    status       text not null default 'NEW' check (status in ('NEW', 'ACKNOWLEDGED', 'CLOSED')),
    assignee     text,
    incident_id  bigint
);
create unique index alert_open_group on alerts.alert (group_key) where status <> 'CLOSED';
create index alert_last_seen on alerts.alert (last_seen);

create table alerts.incident (
    id           bigserial primary key,
    title        text not null,
    severity     text not null,
    status       text not null default 'NEW' check (status in ('NEW', 'TRIAGE', 'CONTAINED', 'RESOLVED', 'CLOSED')),
    assignee     text,
    created_at   timestamptz not null default now(),
    first_seen   timestamptz not null,
    detected_at  timestamptz not null,
    closed_at    timestamptz
);

create table alerts.timeline (
    id           bigserial primary key,
    incident_id  bigint not null references alerts.incident,
    at           timestamptz not null default now(),
    actor        text not null,
    entry        text not null
);
