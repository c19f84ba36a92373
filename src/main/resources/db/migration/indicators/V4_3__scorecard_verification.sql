-- Verification of a scorecard component's evidence for one unit and period. Rows are only added:
-- the newest row is the current status, the older ones are its history.
create table indicators.component_verification (
    id          bigserial primary key,
    scorecard   text not null,
    component   text not null,
    unit        text not null,
    period      text not null,
    status      text not null check (status in ('VERIFIED', 'PENDING', 'REJECTED')),
    evidence    text,
    note        text,
    decided_by  text not null,
    decided_at  timestamptz not null default now()
);
create index component_verification_key on indicators.component_verification (scorecard, unit, period, component, id desc);
