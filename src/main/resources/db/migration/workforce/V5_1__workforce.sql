create schema if not exists workforce;

-- A training scheme, e.g. the province's digital workforce scheme to 2025 with orientation to 2030.
create table workforce.programme (
    code          text primary key,
    name          text not null,
    name_en       text not null,
    starts_on     date not null,
    ends_on       date not null,
    legal_source  text
);

-- What the scheme promises: e.g. 3,000 civil servants trained by 2025 (counted from the programme's start).
create table workforce.programme_target (
    programme     text not null references workforce.programme,
    measure       text not null check (measure in ('CIVIL_SERVANTS_TRAINED', 'BUSINESS_TRAINED', 'CITIZENS_TRAINED', 'ECOMMERCE_PARTICIPANTS', 'CERTIFICATES')),
    year          int  not null,
    value         int  not null,
    primary key (programme, measure, year)
);

create table workforce.course (
    code          text primary key,
    programme     text not null references workforce.programme,
    title         text not null,
    title_en      text not null,
    topic         text not null check (topic in ('ecommerce', 'digital_skills', 'security_awareness', 'data', 'digital_government')),
    organiser     text not null
);

create table workforce.session (
    id            bigint generated always as identity primary key,
    course        text not null references workforce.course,
    starts_on     date not null,
    ends_on       date not null,
    commune_code  text not null,
    unique (course, starts_on, commune_code)
);

-- A trainee is a pseudonymous reference from the organiser's list, never a citizen id.
create table workforce.enrolment (
    id               bigint generated always as identity primary key,
    session_id       bigint not null references workforce.session,
    trainee_ref      text not null,
    trainee_type     text not null check (trainee_type in ('civil_servant', 'business', 'citizen')),
    sex              text check (sex in ('male', 'female')),
    commune_code     text not null,
    completed_on     date,
    certificate_no   text,
    dataset_version  bigint,
    unique (session_id, trainee_ref)
);
create index enrolment_commune on workforce.enrolment (commune_code);
