package vn.tinhso.hub.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The datasets the sharing API serves: their table, key order and columns, each column with the mask it always wears
 * there (identity for columns that are not personal). Ethnicity, sensitive data, is never shared.
 */
final class SharedDatasets {

    record Column(String name, String sql, UnaryOperator<String> mask) {
    }

    /** A column of the key the pages are ordered by, with the SQL type its cursor value is cast to. */
    record Key(String sql, String type) {
    }

    /** {@code key} orders the pages; it holds no personal data (citizens go by their record number), so it may be a cursor. */
    record Dataset(String name, String table, List<Key> key, List<Column> columns) {
        String order() {
            return String.join(", ", key.stream().map(Key::sql).toList());
        }

        Map<String, Column> byName() {
            Map<String, Column> m = new LinkedHashMap<>();
            columns.forEach(c -> m.put(c.name(), c));
            return m;
        }
    }

    private static Column plain(String name, String sql) {
        return new Column(name, sql, UnaryOperator.identity());
    }

    static final Map<String, Dataset> ALL = Map.of(
            "citizens", new Dataset("citizens", "hub.citizen", List.of(new Key("id", "bigint")), List.of(
                    new Column("personal_id", "personal_id", Masks::personalId),
                    new Column("full_name", "full_name", Masks::name),
                    new Column("birth_date", "birth_date::text", Masks::birthDate),
                    plain("sex", "sex"), plain("commune", "commune_code"), plain("village", "village_code"),
                    plain("household", "household_code"))),
            "enterprises", new Dataset("enterprises", "hub.enterprise", List.of(new Key("tax_code", "text")), List.of(
                    plain("tax_code", "tax_code"), plain("name", "name"), plain("vsic", "vsic"), plain("commune", "commune_code"),
                    plain("registered_on", "registered_on::text"), plain("status", "status"), plain("industrial_park", "industrial_park"))),
            "parcels", new Dataset("parcels", "hub.parcel",
                    List.of(new Key("commune_code", "text"), new Key("map_sheet", "integer"), new Key("parcel_number", "integer")), List.of(
                    plain("commune", "commune_code"), plain("map_sheet", "map_sheet::text"), plain("parcel_number", "parcel_number::text"),
                    plain("area_m2", "area_m2::text"), plain("land_use", "land_use"),
                    new Column("holder_id", "holder_id", Masks::holder))));

    private SharedDatasets() {
    }
}
