create schema if not exists infrastructure;

-- A site: a mast, rooftop or pole that one or more operators hang their base stations on.
create table infrastructure.tower (
    code               text primary key,
    latitude           double precision not null,
    longitude          double precision not null,
    height_m           double precision,
    type               text check (type in ('ground_mast', 'rooftop', 'pole')),
    owner              text,
    commune_code       text not null,
    commissioned_on    date not null,
    decommissioned_on  date,
    dataset_version_id bigint not null
);

-- A base station: one operator's equipment of one technology on one tower.
create table infrastructure.bts (
    id                 bigserial primary key,
    tower_code         text not null references infrastructure.tower,
    mnc                text not null,
    technology         text not null check (technology in ('2G', '3G', '4G', '5G')),
    commissioned_on    date not null,
    decommissioned_on  date,
    dataset_version_id bigint not null,
    unique (tower_code, mnc, technology)
);

-- A cell. The same (mcc, net, area, cell) under two radio types is two cells, so the technology is part of the key.
-- OpenCelliD cells have no tower or BTS; operator inventories give both.
create table infrastructure.cell (
    id                 bigserial primary key,
    bts_id             bigint references infrastructure.bts,
    mcc                int not null,
    mnc                text not null,
    technology         text not null check (technology in ('2G', '3G', '4G', '5G')),
    area               bigint not null,
    cell               bigint not null,
    latitude           double precision not null,
    longitude          double precision not null,
    range_m            double precision,
    band_mhz           double precision,
    azimuth            double precision,
    tilt               double precision,
    antenna_height_m   double precision,
    power_dbm          double precision,
    status             text not null default 'active',
    commissioned_on    date not null,
    decommissioned_on  date,
    source             text not null check (source in ('inventory', 'opencellid')),
    dataset_version_id bigint not null,
    unique (mcc, mnc, area, cell, technology)
);
create index cell_bts on infrastructure.cell (bts_id);

-- FTTH availability in a village from one operator, from a date.
create table infrastructure.fibre (
    village_code       text not null,
    operator           text not null,
    available_from     date not null,
    dataset_version_id bigint not null,
    primary key (village_code, operator)
);

-- Fixed broadband subscriptions of a commune as of a date (households on fibre).
create table infrastructure.broadband (
    commune_code       text not null,
    as_of              date not null,
    fibre_subscriptions int not null check (fibre_subscriptions >= 0),
    dataset_version_id bigint not null,
    primary key (commune_code, as_of)
);
