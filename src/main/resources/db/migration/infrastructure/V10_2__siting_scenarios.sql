-- A saved run of the tower-siting search: the question asked (budget, technology, operator, date) and its answer.
create table infrastructure.siting_scenario (
    id              bigserial primary key,
    name            text not null unique,
    budget          int not null check (budget between 1 and 200),
    technology      text not null check (technology in ('2G', '3G', '4G', '5G')),
    mnc             text,             -- one operator's coverage counts; null: the best operator per place
    as_of           date not null,
    radius_km       double precision not null,
    population      bigint not null,  -- people in the model's places on the date
    covered_before  bigint not null,  -- of them, reached at the technology before the new sites
    created_by      text not null,
    created_at      timestamptz not null default now()
);

create table infrastructure.siting_site (
    scenario_id     bigint not null references infrastructure.siting_scenario on delete cascade,
    rank            int not null,
    latitude        double precision not null,
    longitude       double precision not null,
    hexagon         text not null,
    near_place      text not null,
    commune_code    text not null,
    people_added    bigint not null,
    primary key (scenario_id, rank)
);
