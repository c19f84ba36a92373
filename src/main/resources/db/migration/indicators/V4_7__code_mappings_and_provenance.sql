-- Another system's identifiers (a DHIS2 instance's uids, a ministry's codes) mapped to ours, per source: the source is
-- the one an import names. object: ELEMENT (data element code), UNIT (GSO code), COMBO and ATTRIBUTE_COMBO (our
-- disaggregation, category=option;…, '' for none), STATUS (ESTIMATE, PRELIMINARY or OFFICIAL).
create table indicators.code_mapping (
    source      text not null,
    object      text not null check (object in ('ELEMENT', 'UNIT', 'COMBO', 'ATTRIBUTE_COMBO', 'STATUS')),
    external_id text not null,
    code        text not null,
    updated_by  text not null,
    updated_at  timestamptz not null default now(),
    primary key (source, object, external_id)
);

-- Identifiers an import met and could not translate, for the mapping page to suggest a mapping.
create table indicators.unmapped_code (
    source      text not null,
    object      text not null,
    external_id text not null,
    last_seen   timestamptz not null default now(),
    primary key (source, object, external_id)
);

-- What the source said about each value (DHIS2's storedBy, created, lastUpdated, comment, followup).
alter table indicators.data_value
    add column stored_by    text,
    add column created      timestamptz,
    add column last_updated timestamptz,
    add column comment      text,
    add column followup     boolean;
