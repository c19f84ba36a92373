-- Villages, hamlets and residential groups (thôn, bản, tổ dân phố) are units of level 'village'
-- in territory.unit; what only villages have lives here, with the dataset version that brought it.
create table territory.village (
    code               text not null,
    valid_from         date not null,
    households         int,
    adults             int,
    fibre              boolean,
    dataset_version_id bigint not null,
    primary key (code, valid_from),
    foreign key (code, valid_from) references territory.unit (code, valid_from) on delete cascade
);
create index village_version on territory.village (dataset_version_id);
