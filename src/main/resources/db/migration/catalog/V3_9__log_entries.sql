-- The job log as message codes and arguments, so the pages say it in the reader's language; the English text stays in log.
alter table catalog.dataset_version add column log_entries jsonb not null default '[]';
