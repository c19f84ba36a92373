-- The aggregation rule looks up a unit's ancestors' current values of the same element and period:
-- whether an ancestor holds its own value (roll-ups skip the descendants'), and overlaps at import.
create index data_value_unit_current on indicators.data_value (element, unit_code, period) where known_to is null;
