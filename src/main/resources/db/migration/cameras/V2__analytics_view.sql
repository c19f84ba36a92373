-- For the hub's read-only SQL workbench: vehicle counts per camera, hour and class, with the camera's place.
-- No plates, faces or credentials: only counts. The schema may already exist (the hub's migration makes it too).
create schema if not exists analytics_views;

create view analytics_views.camera_traffic as
select t.camera, c.name as camera_name, c.commune_code, c.road, date_trunc('hour', t.slot) as hour, t.vehicle_class,
       sum(t.vehicles)::bigint as vehicles,
       case when sum(t.speed_n) > 0 then round((sum(t.speed_sum) / sum(t.speed_n))::numeric, 1) end as average_speed_kmh
from cameras.traffic t
join cameras.camera c on c.code = t.camera
group by t.camera, c.name, c.commune_code, c.road, date_trunc('hour', t.slot), t.vehicle_class;

do $$
begin
    if exists (select from pg_roles where rolname = 'tinhso_analyst') then
        grant usage on schema analytics_views to tinhso_analyst;
        grant select on analytics_views.camera_traffic to tinhso_analyst;
    end if;
end $$;
