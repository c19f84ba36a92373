-- Curated views for the read-only SQL workbench. They run with the rights of their owner (the application role),
-- so the analyst role reads them without any right on the raw tables; personal fields are masked here, in SQL,
-- by the hub's rules (personal id: last 4 digits; name: initials; birth date: year).
create schema if not exists analytics_views;

create view analytics_views.citizens as
select repeat('*', length(personal_id) - 4) || right(personal_id, 4)                     as personal_id,
       (select string_agg(left(w, 1) || '.', ' ') from regexp_split_to_table(btrim(full_name), '\s+') w) as initials,
       extract(year from birth_date)::int                                                 as birth_year,
       sex, ethnicity, commune_code, village_code, household_code
from hub.citizen;

create view analytics_views.households as
select h.code, h.commune_code, h.village_code,
       (select count(*) from hub.citizen c where c.household_code = h.code) as members
from hub.household h;

create view analytics_views.enterprises as
select tax_code, name, vsic, commune_code, registered_on, status, industrial_park
from hub.enterprise;

create view analytics_views.parcels as
select commune_code, map_sheet, parcel_number, area_m2, land_use,
       case when holder_id ~ '^[0-9]{12}$' then repeat('*', 8) || right(holder_id, 4) else holder_id end as holder_id
from hub.parcel;

create view analytics_views.citizens_by_commune as
select commune_code, count(*) as citizens,
       count(*) filter (where sex = 'female') as female,
       count(*) filter (where sex = 'male') as male
from hub.citizen group by commune_code;

-- The analyst role exists where the platform set the embedded server up, or where the DBA created it first
-- (docs/operations.md); elsewhere the DBA runs these grants afterwards.
do $$
begin
    if exists (select from pg_roles where rolname = 'tinhso_analyst') then
        grant usage on schema analytics_views to tinhso_analyst;
        grant select on all tables in schema analytics_views to tinhso_analyst;
        -- Views other modules add here later are readable without a grant of their own.
        alter default privileges in schema analytics_views grant select on tables to tinhso_analyst;
    end if;
end $$;
