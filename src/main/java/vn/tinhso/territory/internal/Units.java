package vn.tinhso.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.UnitMapping;
import vn.tinhso.territory.Village;

@Repository
class Units {

    private static final String COLUMNS = "code, name, name_ascii, level, depth, type, parent_code, valid_from, valid_to, population, latitude, longitude";
    private static final String ON_DATE = "valid_from <= :asOf and (valid_to is null or valid_to > :asOf)";

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AdminUnit> ofLevel(LocalDate asOf, String level) {
        return jdbc.sql("select " + COLUMNS + " from territory.unit where " + ON_DATE
                        + " and (cast(:level as text) is null or level = :level) order by depth, code")
                .param("asOf", asOf).param("level", level).query((rs, n) -> unit(rs)).list();
    }

    /** Units of a level below (at any depth) the given unit, on the date. */
    List<AdminUnit> below(String ancestor, LocalDate asOf, String level) {
        return jdbc.sql("""
                with recursive tree as (
                    select code, depth from territory.unit where code = :ancestor and %1$s
                    union all
                    select u.code, u.depth from territory.unit u join tree t on u.parent_code = t.code where %2$s
                )
                select %3$s from territory.unit u where u.code in (select code from tree where code <> :ancestor)
                  and %2$s and (cast(:level as text) is null or u.level = :level) order by u.depth, u.code"""
                        .formatted(ON_DATE, ON_DATE.replace("valid_", "u.valid_"), prefixed("u.")))
                .param("ancestor", ancestor).param("asOf", asOf).param("level", level)
                .query((rs, n) -> unit(rs)).list();
    }

    Optional<AdminUnit> find(String code, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + " from territory.unit where code = :code and " + ON_DATE)
                .param("code", code).param("asOf", asOf).query((rs, n) -> unit(rs)).optional();
    }

    List<AdminUnit> children(String code, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + " from territory.unit where parent_code = :code and " + ON_DATE + " order by code")
                .param("code", code).param("asOf", asOf).query((rs, n) -> unit(rs)).list();
    }

    List<AdminUnit> search(String folded, LocalDate asOf, int limit) {
        return jdbc.sql("select " + COLUMNS + " from territory.unit where " + ON_DATE
                        + " and (lower(name_ascii) like :q or code = :code) order by depth, name_ascii limit :limit")
                .param("asOf", asOf).param("q", "%" + folded.replace("%", "") + "%").param("code", folded)
                .param("limit", limit).query((rs, n) -> unit(rs)).list();
    }

    String geoJson(LocalDate asOf, String level, String within) {
        String filter = within == null ? "" : """
                and code in (with recursive tree as (
                    select code from territory.unit where code = :within and %1$s
                    union all select u.code from territory.unit u join tree t on u.parent_code = t.code
                      where u.valid_from <= :asOf and (u.valid_to is null or u.valid_to > :asOf))
                  select code from tree)""".formatted(ON_DATE);
        return jdbc.sql("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                    'type', 'Feature', 'id', code,
                    'geometry', coalesce(geometry, case when longitude is not null
                        then json_build_object('type', 'Point', 'coordinates', json_build_array(longitude, latitude))::jsonb end),
                    'properties', json_build_object('code', code, 'name', name, 'level', level, 'type', type,
                        'parent_code', parent_code, 'population', population,
                        'drawn_as', case when geometry is not null then 'polygon' when longitude is not null and source = 'import' then 'point' when longitude is not null then 'generated-point' else 'none' end)
                    ) order by code), '[]'::json))::text
                from territory.unit where %s and level = :level %s""".formatted(ON_DATE, filter))
                .param("asOf", asOf).param("level", level).param("within", within).query(String.class).single();
    }

    List<UnitMapping> mappings(String code) {
        return jdbc.sql(MAPPINGS + " where m.old_code = :code or m.new_code = :code order by m.effective, m.old_code, m.new_code")
                .param("code", code).query((rs, n) -> mapping(rs)).list();
    }

    private static final String MAPPINGS = """
            select m.old_code, o.name as old_name, m.new_code, n.name as new_name, m.effective, m.kind, m.weight, m.weight_basis
            from territory.unit_mapping m
            left join territory.unit o on o.code = m.old_code and o.valid_to = m.effective
            left join territory.unit n on n.code = m.new_code and n.valid_from = m.effective""";

    private static UnitMapping mapping(ResultSet rs) throws SQLException {
        return new UnitMapping(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBigDecimal(7), rs.getString(8));
    }

    java.util.Optional<LocalDate> latestReorganisation() {
        return jdbc.sql("select max(effective) from territory.unit_mapping").query(LocalDate.class).optional();
    }

    List<UnitMapping> reorganisation(LocalDate effective) {
        return jdbc.sql(MAPPINGS + " where m.effective = :effective order by m.new_code, m.old_code")
                .param("effective", effective).query((rs, n) -> mapping(rs)).list();
    }

    /** Pairs in force after {@code from} and up to {@code to}, oldest first. */
    List<UnitMapping> mappingsBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(MAPPINGS + " where m.effective > :from and m.effective <= :to order by m.effective, m.old_code, m.new_code")
                .param("from", from).param("to", to).query((rs, n) -> mapping(rs)).list();
    }

    List<Village> villages(String within, LocalDate asOf) {
        return jdbc.sql("""
                with recursive tree as (
                    select code, level from territory.unit where code = :within and %1$s
                    union all
                    select u.code, u.level from territory.unit u join tree t on u.parent_code = t.code
                      where t.level <> 'village' and u.valid_from <= :asOf and (u.valid_to is null or u.valid_to > :asOf)
                )
                select u.code, u.name, u.type, u.parent_code, v.households, v.adults, u.population, u.latitude, u.longitude,
                  v.fibre, v.dataset_version_id
                from territory.unit u join territory.village v on v.code = u.code and v.valid_from = u.valid_from
                where u.level = 'village' and u.code in (select code from tree) and u.valid_from <= :asOf
                  and (u.valid_to is null or u.valid_to > :asOf)
                order by u.parent_code, u.code""".formatted(ON_DATE))
                .param("within", within).param("asOf", asOf)
                .query((rs, n) -> new Village(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Long) rs.getObject(7), (Double) rs.getObject(8),
                        (Double) rs.getObject(9), (Boolean) rs.getObject(10), rs.getLong(11)))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from territory.unit").query(Long.class).single();
    }

    private static String prefixed(String prefix) {
        return String.join(", ", java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> prefix + c).toList());
    }

    static AdminUnit unit(ResultSet rs) throws SQLException {
        return new AdminUnit(rs.getString("code"), rs.getString("name"), rs.getString("name_ascii"), rs.getString("level"),
                rs.getInt("depth"), rs.getString("type"), rs.getString("parent_code"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                (Long) rs.getObject("population"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));
    }
}
