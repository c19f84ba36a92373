-- Cyber drills: a run of a scenario by a team, and each inject it sent into the live pipeline (tagged as drill data).
create table security.drill_run (
    id           bigserial primary key,
    scenario     text not null,
    team         text not null,
    started_by   text not null,
    started_at   timestamptz not null default now(),
    lessons      text,
    lessons_by   text
);

create table security.drill_inject (
    run_id           bigint not null references security.drill_run (id) on delete cascade,
    code             text not null,
    technique        text not null,
    expected_rule    text not null,
    expected_entity  text,
    at               timestamptz not null,
    events           int not null,
    primary key (run_id, code)
);
