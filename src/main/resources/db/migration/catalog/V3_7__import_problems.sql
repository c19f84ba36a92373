-- Every problem of an import, not only the first 1,000 kept with the version's report: the error list pages
-- through them and downloads them in full. Written beside the import's own transaction, so a refused file keeps them.
create table catalog.import_problem (
    version_id  bigint not null references catalog.dataset_version (id) on delete cascade,
    seq         integer not null,
    line        integer not null,
    col         text,
    problem     text not null,
    code        text,
    args        jsonb not null default '[]'::jsonb,
    primary key (version_id, seq)
);
create index import_problem_by_line on catalog.import_problem (version_id, line, seq);
