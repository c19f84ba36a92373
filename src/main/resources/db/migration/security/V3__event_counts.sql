-- Events the detector read, per source and day (Asia/Ho_Chi_Minh), for the monthly SOC report. Drill sources are not
-- counted: drill data stays out of the real statistics.
create table security.event_count (
    day     date   not null,
    source  text   not null,
    events  bigint not null,
    primary key (day, source)
);
