-- What an accepted import changed: new, replaced and unchanged records, and the first replaced values
-- (old and new), for kinds that can tell. Null for kinds that cannot, and for versions imported before.
alter table catalog.dataset_version add column changes jsonb;
