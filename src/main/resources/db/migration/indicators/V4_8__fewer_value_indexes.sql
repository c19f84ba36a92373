-- Every index of the values table is paid for by every value an import writes. Two of them were one index in two
-- orders: a single unique index on (element, unit, period, disaggregation) keeps one current row per key and serves
-- the lookups of a unit's values by element and period. The history index only ever has to find superseded rows
-- (current ones are in the analytics index), so it leaves the current rows out and a first load does not touch it.
create unique index data_value_current_key on indicators.data_value (element, unit_code, period, disagg) where known_to is null;
drop index indicators.data_value_current;
drop index indicators.data_value_unit_current;
drop index indicators.data_value_history;
create index data_value_history on indicators.data_value (element, period_start, known_from) where known_to is not null;
