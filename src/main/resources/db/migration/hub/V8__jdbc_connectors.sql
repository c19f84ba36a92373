-- A connector reads a REST/JSON source (base_url) or a database: base_url then holds the JDBC URL, and query the
-- statement with its :since parameter. The password may instead come from configuration (never shown by the API).
alter table hub.connector add column source text not null default 'rest' check (source in ('rest', 'jdbc'));
alter table hub.connector add column jdbc_user text;
alter table hub.connector add column jdbc_password text;
alter table hub.connector add column query text;
