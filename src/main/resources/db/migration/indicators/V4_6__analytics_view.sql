-- For the hub's read-only SQL workbench: the current value of every indicator element by unit and period
-- (no personal data). The schema may already exist (the hub's migration makes it too).
create schema if not exists analytics_views;

create view analytics_views.indicator_values as
select element, disagg, unit_code, period, period_start, period_end, value, status, known_from as known_since
from indicators.data_value
where known_to is null;

do $$
begin
    if exists (select from pg_roles where rolname = 'tinhso_analyst') then
        grant usage on schema analytics_views to tinhso_analyst;
        grant select on analytics_views.indicator_values to tinhso_analyst;
    end if;
end $$;
