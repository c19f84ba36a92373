create schema if not exists security;

-- The province's information systems and their security level (Decree 85/2016/NĐ-CP, Circular 12/2022/TT-BTTTT).
-- One row per system, keyed by its name; each import that changes the dossier adds a row to dossier_event.
create table security.information_system (
    id                   bigserial primary key,
    name                 text not null unique,
    owner_agency         text not null,
    operating_unit       text,
    infosec_unit         text,
    system_type          text,
    information_classes  text[] not null default '{}',
    proposed_level       int check (proposed_level between 1 and 5),
    approved_level       int check (approved_level between 1 and 5),
    justification        text,
    dossier_status       text not null check (dossier_status in ('drafting', 'submitted', 'appraised', 'approved', 'returned')),
    decision_number      text,
    decision_date        date,
    decision_authority   text,
    review_date          date,
    monitoring_provider  text,
    national_monitoring  boolean not null default false,
    dataset_version_id   bigint not null,
    updated_at           timestamptz not null default now()
);
create index information_system_agency on security.information_system (owner_agency);

-- Hostnames (lower case) and address ranges that belong to a system, so events and alerts can be attributed to it.
create table security.system_asset (
    system_id  bigint not null references security.information_system (id) on delete cascade,
    kind       text not null check (kind in ('host', 'cidr')),
    value      text not null,
    range      cidr,
    primary key (system_id, kind, value)
);
create index system_asset_range on security.system_asset using gist (range inet_ops) where kind = 'cidr';
create index system_asset_host on security.system_asset (value) where kind = 'host';

create table security.dossier_event (
    id                  bigserial primary key,
    system_id           bigint not null references security.information_system (id) on delete cascade,
    status              text not null,
    proposed_level      int,
    approved_level      int,
    decision_number     text,
    decision_date       date,
    decision_authority  text,
    dataset_version_id  bigint not null,
    recorded_at         timestamptz not null default now()
);
create index dossier_event_system on security.dossier_event (system_id, id);

-- The legal basis as data: who appraises and who approves a dossier of each level, from a date. A new law is a
-- new set of rows with a later effective date; nothing in the code names an authority per level.
create table security.legal_rule (
    id              bigserial primary key,
    level           int not null check (level between 1 and 5),
    effective_from  date not null,
    basis           text not null,
    appraiser       text not null,
    approver        text not null,
    note            text,
    changed_by      text not null default 'migration',
    changed_at      timestamptz not null default now(),
    unique (level, effective_from)
);
-- Decree 85/2016/NĐ-CP (in force 1 July 2016) art. 12, detailed by Circular 12/2022/TT-BTTTT.
insert into security.legal_rule (level, effective_from, basis, appraiser, approver) values
    (1, '2016-07-01', 'Nghị định 85/2016/NĐ-CP; Thông tư 12/2022/TT-BTTTT', 'OWNER_INFOSEC_UNIT', 'OWNER_INFOSEC_UNIT'),
    (2, '2016-07-01', 'Nghị định 85/2016/NĐ-CP; Thông tư 12/2022/TT-BTTTT', 'OWNER_INFOSEC_UNIT', 'OWNER_INFOSEC_UNIT'),
    (3, '2016-07-01', 'Nghị định 85/2016/NĐ-CP; Thông tư 12/2022/TT-BTTTT', 'OWNER_INFOSEC_UNIT', 'OWNER'),
    (4, '2016-07-01', 'Nghị định 85/2016/NĐ-CP; Thông tư 12/2022/TT-BTTTT', 'MINISTRY_SPECIALISED_UNIT', 'OWNER'),
    (5, '2016-07-01', 'Nghị định 85/2016/NĐ-CP; Thông tư 12/2022/TT-BTTTT', 'MINISTRY_SPECIALISED_UNIT', 'OWNER');

-- Anti-malware endpoints: from the import (agencies' inventories) and from antivirus events on the event log.
create table security.endpoint (
    host                 text primary key,
    agency               text,
    vendor               text,
    agent_version        text,
    signature_version    text,
    signatures_updated   date,
    last_seen            timestamptz,
    imported_detections  int not null default 0,
    dataset_version_id   bigint,
    updated_at           timestamptz not null default now()
);

create table security.endpoint_detection (
    id         bigserial primary key,
    host       text not null,
    at         timestamptz not null,
    threat     text not null,
    file_path  text,
    event_seq  bigint
);
create index endpoint_detection_host on security.endpoint_detection (host, at);
