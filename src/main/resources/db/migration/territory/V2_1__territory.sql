create schema if not exists territory;

-- An administrative unit over the period it existed. A code can be reused by a different unit
-- after a reorganisation (24 was Bắc Giang until 2025-07-01 and is the new Bắc Ninh after it).
create table territory.unit (
    code        text not null,
    valid_from  date not null,
    valid_to    date,
    name        text not null,
    name_ascii  text not null,
    level       text not null,
    depth       int  not null,
    type        text not null,
    parent_code text,
    population  bigint,
    urban       bigint,
    rural       bigint,
    latitude    double precision,
    longitude   double precision,
    geometry    jsonb,
    source      text not null,
    primary key (code, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
create index unit_parent on territory.unit (parent_code, valid_from);
create index unit_level on territory.unit (level, valid_from);
create index unit_search on territory.unit (lower(name_ascii));

-- Which old unit became which new one, and how much of it.
create table territory.unit_mapping (
    old_code      text not null,
    new_code      text not null,
    effective     date not null,
    kind          text not null check (kind in ('full', 'partial')),
    weight        numeric,
    weight_basis  text,
    primary key (old_code, new_code, effective)
);
