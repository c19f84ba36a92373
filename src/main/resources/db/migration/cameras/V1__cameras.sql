create schema if not exists cameras;

create table cameras.camera (
    code            text primary key,
    name            text not null,
    kind            text not null check (kind in ('surveillance', 'ai_plate', 'ai_face', 'ai_both')),
    latitude        double precision,
    longitude       double precision,
    commune_code    text,
    road            text,
    direction       text,
    vendor          text,
    model           text,
    -- what the camera calls itself in its payloads: serial number, MAC, IP address
    device_ids      text[] not null default '{}',
    stream_url      text,
    snapshot_url    text,
    credentials     bytea,
    clock_offset_ms integer not null default 0,
    installed_on    date,
    status          text not null default 'active' check (status in ('active', 'maintenance', 'retired')),
    group_code      text,
    last_seen       timestamptz,
    -- receipt time minus the camera's own time stamp of its latest live read: how far its clock is off
    last_drift_ms   bigint,
    version_id      bigint
);
create index camera_device_ids on cameras.camera using gin (device_ids);

-- Presence in 5-minute slots per camera and day (288 bits): uptime without a row per heartbeat.
create table cameras.presence (
    camera text not null references cameras.camera (code) on delete cascade,
    day    date not null,
    slots  bit(288) not null,
    primary key (camera, day)
);

create table cameras.read (
    id              bigserial primary key,
    camera          text not null references cameras.camera (code),
    at              timestamptz not null,
    received_at     timestamptz not null default now(),
    format          text not null,
    type            text not null check (type in ('plate', 'face', 'count')),
    pass_id         text,
    plate_text      text,
    canonical       text,
    display         text,
    valid           boolean,
    plate_kind      text,
    province_code   text,
    plate_colour    text,
    vehicle_class   text,
    vehicle_colour  text,
    confidence      double precision,
    lane            integer,
    direction       text,
    list_name       text,
    lifecycle       text,
    speed_kmh       double precision,
    speed_limit_kmh double precision,
    violation_code  text,
    face_id         text,
    count           bigint,
    images          jsonb not null default '[]',
    hit             boolean not null default false,
    drill           boolean not null default false
);
-- one row per pass: repeated reads of a pass update it (null pass ids stay distinct)
create unique index read_pass on cameras.read (camera, format, pass_id);
create index read_canonical on cameras.read (canonical, at);
create index read_at on cameras.read (at);
create index read_camera_at on cameras.read (camera, at);

-- Payloads the platform could not attribute or read: kept for review, never dropped.
create table cameras.set_aside (
    id           bigserial primary key,
    received_at  timestamptz not null default now(),
    camera_hint  text,
    content_type text,
    reason       text not null,
    body         bytea not null,
    reviewed     boolean not null default false
);

create table cameras.watchlist (
    id          bigserial primary key,
    code        text not null unique,
    name        text not null,
    kind        text not null check (kind in ('stolen_vehicle', 'wanted', 'unpaid_fines', 'expired_registration', 'face', 'other')),
    source      text not null,
    owner       text not null,
    -- roles that may see the list's entries and hits (access.Role names)
    visible_to  text[] not null,
    near_match  boolean not null default true,
    created_at  timestamptz not null default now()
);

create table cameras.watch_entry (
    id          bigserial primary key,
    watchlist   bigint not null references cameras.watchlist (id) on delete cascade,
    canonical   text not null,
    display     text not null,
    reason      text,
    valid_from  date not null,
    valid_to    date,
    -- for face lists: an enrolment id or an embedding
    face_id     text,
    embedding   double precision[],
    added_by    text not null,
    added_at    timestamptz not null default now()
);
create index watch_entry_canonical on cameras.watch_entry (canonical);

create table cameras.hit (
    id          bigserial primary key,
    read_id     bigint not null references cameras.read (id) on delete cascade,
    entry_id    bigint not null references cameras.watch_entry (id) on delete cascade,
    camera      text not null,
    at          timestamptz not null,
    read_plate  text,
    distance    integer not null,
    similarity  double precision,
    alert_id    bigint,
    raised_at   timestamptz not null default now(),
    status      text not null default 'pending' check (status in ('pending', 'confirmed', 'dismissed')),
    decided_by  text,
    decided_at  timestamptz,
    reason      text,
    unique (read_id, entry_id)
);

create table cameras.section (
    code           text primary key,
    name           text not null,
    entry_camera   text not null references cameras.camera (code),
    exit_camera    text not null references cameras.camera (code),
    distance_m     double precision not null check (distance_m > 0),
    limit_kmh      double precision not null check (limit_kmh > 0),
    classes        text[] not null default '{}',
    window_minutes integer not null default 60
);

create table cameras.violation (
    id           bigserial primary key,
    kind         text not null check (kind in ('section_speed', 'red_light', 'wrong_lane', 'spot_speed', 'other')),
    camera       text not null,
    at           timestamptz not null,
    canonical    text not null,
    display      text not null,
    section_code text,
    entry_read   bigint,
    exit_read    bigint,
    evidence     jsonb not null,
    prev_hash    text not null,
    hash         text not null unique,
    status       text not null default 'pending' check (status in ('pending', 'confirmed', 'rejected')),
    reviewed_by  text,
    reviewed_at  timestamptz,
    reason       text,
    unique (kind, entry_read, exit_read)
);

-- Vehicles per camera, 5-minute slot and class, with the sum of measured speeds for the average.
create table cameras.traffic (
    camera        text not null,
    slot          timestamptz not null,
    vehicle_class text not null,
    vehicles      integer not null,
    speed_sum     double precision not null default 0,
    speed_n       integer not null default 0,
    primary key (camera, slot, vehicle_class)
);
