-- Cyber drills: a run of a scenario by a team, and each inject it sends into the live pipeline (tagged as drill data).
-- A paced run sends each inject when it falls due (start + its offset); a compressed run sends them all at the start,
-- their events dated as the script lays them out, ending a minute before the start.
create table security.drill_run (
    id           bigserial primary key,
    scenario     text not null,
    team         text not null,
    started_by   text not null,
    started_at   timestamptz not null default now(),
    paced        boolean not null,
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
    due_at           timestamptz not null,
    sent_at          timestamptz,
    events           int not null default 0,
    primary key (run_id, code)
);
create index drill_inject_due on security.drill_inject (due_at) where sent_at is null;

-- Awareness training sessions recorded against a drill: a workforce course, when, and how many took part.
create table security.drill_training (
    id            bigserial primary key,
    run_id        bigint not null references security.drill_run (id) on delete cascade,
    course_code   text not null,
    held_on       date not null,
    participants  int not null check (participants >= 0),
    recorded_by   text not null,
    recorded_at   timestamptz not null default now()
);
create index drill_training_run on security.drill_training (run_id);
