-- A previewed file: checked and its changes counted, nothing written.
alter table catalog.dataset_version drop constraint if exists dataset_version_status_check;
alter table catalog.dataset_version add constraint dataset_version_status_check
    check (status in ('QUEUED', 'RUNNING', 'ACCEPTED', 'FAILED', 'DUPLICATE', 'PREVIEWED'));
