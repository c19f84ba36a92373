-- The date a file describes (a village list "as of"), when its kind asks for one, and the notes on
-- choices the import made (which unit a row was placed under), kept with the version's report.
alter table catalog.dataset_version add column reference_date date;
alter table catalog.dataset_version add column warnings jsonb not null default '[]'::jsonb;
