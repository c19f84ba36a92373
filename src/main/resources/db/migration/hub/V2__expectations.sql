-- Expectations checked on every version of a registry: what was expected, whether it held, and what was seen.
create table hub.expectation_result (
    id          bigserial primary key,
    registry    text not null,
    version_id  bigint not null,
    expectation text not null,
    passed      boolean not null,
    observed    text not null,
    checked_at  timestamptz not null default now()
);
create index expectation_result_registry on hub.expectation_result (registry, version_id);

-- The registry's size after each version, for the row-count-change expectation.
create table hub.registry_size (
    registry    text not null,
    version_id  bigint not null,
    records     bigint not null,
    primary key (registry, version_id)
);
