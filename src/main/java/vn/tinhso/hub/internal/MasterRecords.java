package vn.tinhso.hub.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tinhso.catalog.ImportRow;

/** Writes the master records: a newer row for the same national id replaces the stored one. */
@Repository
public class MasterRecords {

    private final JdbcTemplate jdbc;

    MasterRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveCitizens(List<ImportRow> rows, long version) {
        Map<String, ImportRow> households = new LinkedHashMap<>();
        for (ImportRow r : rows) if (r.text("household") != null) households.putIfAbsent(r.text("household"), r);
        jdbc.batchUpdate("""
                insert into hub.household (code, commune_code, village_code, dataset_version_id) values (?, ?, ?, ?)
                on conflict (code) do update set commune_code = excluded.commune_code, village_code = excluded.village_code,
                    dataset_version_id = excluded.dataset_version_id""",
                households.values().stream().map(r -> new Object[] {r.text("household"), r.text("commune"), r.text("village"), version}).toList());
        jdbc.batchUpdate("""
                insert into hub.citizen (personal_id, full_name, birth_date, sex, ethnicity, commune_code, village_code, household_code,
                                         updated_at, dataset_version_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (personal_id) do update set full_name = excluded.full_name, birth_date = excluded.birth_date,
                    sex = excluded.sex, ethnicity = excluded.ethnicity, commune_code = excluded.commune_code,
                    village_code = excluded.village_code, household_code = excluded.household_code,
                    updated_at = excluded.updated_at, dataset_version_id = excluded.dataset_version_id""",
                rows.stream().map(r -> new Object[] {r.text("personal_id"), r.text("full_name"), date(r.date("birth_date")),
                        Sexes.normal(r.text("sex")), r.text("ethnicity"), r.text("commune"), r.text("village"), r.text("household"),
                        time(r.text("updated_at")), version}).toList());
    }

    void saveEnterprises(List<ImportRow> rows, long version) {
        jdbc.batchUpdate("""
                insert into hub.enterprise (tax_code, name, vsic, commune_code, registered_on, status, industrial_park, updated_at,
                                            dataset_version_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tax_code) do update set name = excluded.name, vsic = excluded.vsic, commune_code = excluded.commune_code,
                    registered_on = excluded.registered_on, status = excluded.status, industrial_park = excluded.industrial_park,
                    updated_at = excluded.updated_at, dataset_version_id = excluded.dataset_version_id""",
                rows.stream().map(r -> new Object[] {TaxCode.of(r.text("tax_code")).value(), r.text("name"), r.text("vsic"),
                        r.text("commune"), date(r.date("registered_on")), r.text("status").toLowerCase(java.util.Locale.ROOT),
                        r.text("industrial_park"), time(r.text("updated_at")), version}).toList());
    }

    void saveParcels(List<ImportRow> rows, long version) {
        jdbc.batchUpdate("""
                insert into hub.parcel (commune_code, map_sheet, parcel_number, area_m2, land_use, holder_id, updated_at, dataset_version_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (commune_code, map_sheet, parcel_number) do update set area_m2 = excluded.area_m2,
                    land_use = excluded.land_use, holder_id = excluded.holder_id, updated_at = excluded.updated_at,
                    dataset_version_id = excluded.dataset_version_id""",
                rows.stream().map(r -> new Object[] {r.text("commune"), r.integer("map_sheet"), r.integer("parcel_number"),
                        r.decimal("area_m2"), r.text("land_use").toUpperCase(java.util.Locale.ROOT), holder(r.text("holder_id")),
                        time(r.text("updated_at")), version}).toList());
    }

    private static String holder(String id) {
        return id == null ? null : id.replace("-", "");
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Timestamp time(String text) {
        Instant t = Timestamps.parse(text);
        return t == null ? null : Timestamp.from(t);
    }
}
