-- The outcome line as a message code and arguments, so pages can say it in the reader's language.
alter table catalog.dataset_version add column message_code text;
alter table catalog.dataset_version add column message_args jsonb not null default '[]'::jsonb;
