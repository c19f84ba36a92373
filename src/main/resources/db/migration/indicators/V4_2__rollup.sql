-- Each unit with itself and its ancestors over an interval of unchanged boundaries, copied from the
-- territory module's tree so that roll-ups can be computed in SQL.
create table indicators.unit_ancestor (
    unit_code       text not null,
    valid_from      date not null,
    valid_to        date,
    ancestor_code   text not null,
    ancestor_level  text not null,
    primary key (unit_code, valid_from, ancestor_code)
);

-- Current values summed over disaggregations and over each unit's subtree, for every ancestor
-- level, as the boundaries stood in the value's period. Refreshed by every write for the
-- elements and periods it touched; analytics read it instead of the raw rows when it can.
create table indicators.rollup (
    element       text not null,
    unit_code     text not null,
    level         text not null,
    period        text not null,
    period_start  date not null,
    period_end    date not null,
    value         float8 not null,
    primary key (element, level, period_start, period_end, unit_code)
);
