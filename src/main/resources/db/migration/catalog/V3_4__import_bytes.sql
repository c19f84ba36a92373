-- Imports stream their file: progress is the bytes read, since the row count is known only at the end.
alter table catalog.dataset_version add column bytes_done bigint not null default 0;
