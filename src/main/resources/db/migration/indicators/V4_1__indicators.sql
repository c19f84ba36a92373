create schema if not exists indicators;

-- Raw values with their history: a revision closes the current row (known_to) and opens a new one,
-- so a query "as known on D" sees what was current then. Element codes come from the packs.
create table indicators.data_value (
    id               bigint generated always as identity primary key,
    element          text not null,
    disagg           text not null default '',
    unit_code        text not null,
    period           text not null,
    period_start     date not null,
    period_end       date not null,
    value            numeric not null,
    status           text not null check (status in ('ESTIMATE', 'PRELIMINARY', 'OFFICIAL')),
    dataset_version  bigint,
    known_from       timestamptz not null,
    known_to         timestamptz,
    check (known_to is null or known_to >= known_from)
);

-- One current row per key, and the scan path of analytics: element and period range, unit and value
-- carried in the index so the current values are read without touching the table.
create unique index data_value_current on indicators.data_value (element, disagg, unit_code, period) where known_to is null;
create index data_value_analytics on indicators.data_value (element, period_start, period_end)
    include (unit_code, disagg, value) where known_to is null;
create index data_value_history on indicators.data_value (element, period_start, known_from);
