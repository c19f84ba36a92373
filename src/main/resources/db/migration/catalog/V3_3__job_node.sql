-- The TinhSo process that runs a job. A process holds a session advisory lock on its node while it
-- lives, so another process can tell a dead node's unfinished jobs from a live node's.
alter table catalog.dataset_version add column node text;
