create schema if not exists hub;

-- Master records keyed by their national ids; each row keeps the dataset version that last wrote it.
create table hub.household (
    code               text primary key,
    commune_code       text not null,
    village_code       text,
    dataset_version_id bigint not null
);

create table hub.citizen (
    id                 bigserial primary key,
    personal_id        text not null unique check (personal_id ~ '^[0-9]{12}$'),
    full_name          text not null,
    birth_date         date not null,
    sex                text not null check (sex in ('male', 'female')),
    ethnicity          text,
    commune_code       text not null,
    village_code       text,
    household_code     text references hub.household,
    updated_at         timestamptz,
    dataset_version_id bigint not null
);
create index citizen_commune on hub.citizen (commune_code);
create index citizen_household on hub.citizen (household_code);

create table hub.enterprise (
    tax_code           text primary key check (tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
    name               text not null,
    vsic               text,
    commune_code       text not null,
    registered_on      date,
    status             text not null,
    industrial_park    text,
    updated_at         timestamptz,
    dataset_version_id bigint not null
);
create index enterprise_commune on hub.enterprise (commune_code);

create table hub.parcel (
    commune_code       text not null,
    map_sheet          integer not null,
    parcel_number      integer not null,
    area_m2            numeric(14, 1) not null,
    land_use           text not null,
    holder_id          text,
    updated_at         timestamptz,
    dataset_version_id bigint not null,
    primary key (commune_code, map_sheet, parcel_number)
);
create index parcel_holder on hub.parcel (holder_id);

-- A registry we pull from, with the incremental cursor and the outcome of its last run.
create table hub.connector (
    code               text primary key,
    kind               text not null,
    base_url           text not null,
    page_size          integer not null default 500,
    cursor_at          timestamptz,
    last_good_version  bigint,
    last_run_at        timestamptz,
    last_status        text,
    last_error         text
);

create table hub.connector_run (
    id                 bigserial primary key,
    connector          text not null references hub.connector,
    started_at         timestamptz not null,
    finished_at        timestamptz,
    status             text not null,
    records            integer not null default 0,
    pages              integer not null default 0,
    import_job_id      bigint,
    since              timestamptz,
    error              text
);

-- Every request we sent and what came back (X-Road style: client, end user, purpose; hashes of both bodies).
create table hub.outgoing_exchange (
    id                 bigserial primary key,
    at                 timestamptz not null default now(),
    connector          text not null,
    message_id         text not null,
    url                text not null,
    client_id          text not null,
    end_user           text not null,
    purpose            text not null,
    status             integer,
    request_sha256     text not null,
    response_sha256    text,
    error              text
);

-- Who saw a person's data whole, and why: the "who looked at this person" report.
create table hub.personal_read (
    id                 bigserial primary key,
    at                 timestamptz not null default now(),
    actor              text not null,
    personal_id        text not null,
    purpose            text not null,
    fields             text not null
);
create index personal_read_subject on hub.personal_read (personal_id, at);

-- Agencies and systems that read our datasets through the sharing API, and what each may read.
create table hub.consumer (
    username           text primary key,
    name               text not null
);

create table hub.share_grant (
    id                 bigserial primary key,
    consumer           text not null references hub.consumer,
    dataset            text not null,
    columns            text[] not null,
    unit_code          text,
    purpose            text not null,
    valid_from         date not null,
    valid_to           date,
    unique (consumer, dataset, valid_from)
);

-- Every answer of the sharing API, each row chained to the one before by SHA-256.
create table hub.share_log (
    id                 bigserial primary key,
    at                 timestamptz not null,
    consumer           text not null,
    dataset            text not null,
    request_sha256     text not null,
    response_sha256    text not null,
    rows               integer not null,
    previous_hash      text not null,
    hash               text not null
);
