-- Version 1 of this module: the same number as no other module's, by construction.
create schema if not exists sample;
create table sample.greeting (text text primary key);
insert into sample.greeting values ('xin chào'), ('chào buổi sáng');
