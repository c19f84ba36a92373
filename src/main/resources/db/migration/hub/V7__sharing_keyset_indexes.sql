-- The sharing API pages a unit's rows in key order: one (commune, key) range per commune, merged. These replace the
-- commune-only indexes, whose leading column they keep.
create index citizen_commune_id on hub.citizen (commune_code, id);
drop index hub.citizen_commune;
create index enterprise_commune_tax_code on hub.enterprise (commune_code, tax_code);
drop index hub.enterprise_commune;
