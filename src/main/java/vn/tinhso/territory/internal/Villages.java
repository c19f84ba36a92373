package vn.tinhso.territory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.catalog.ImportRow;

/** Villages as units of level {@code village} one step below their commune, plus what only villages have. */
@Repository
class Villages {

    /** A commune over one period, as a village needs it. */
    record Commune(String code, LocalDate validFrom, LocalDate validTo, int depth) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Villages(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The commune with the code standing on the date, or the latest one with that code when no date is given. */
    Optional<Commune> commune(String code, LocalDate asOf) {
        return jdbc.sql("""
                select code, valid_from, valid_to, depth from territory.unit
                where code = :code and level = 'commune'
                  and (cast(:asOf as date) is null or (valid_from <= :asOf and (valid_to is null or valid_to > :asOf)))
                order by valid_from desc limit 1""")
                .param("code", code).param("asOf", asOf)
                .query((rs, n) -> new Commune(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .optional();
    }

    /**
     * The earlier commune a commune continues when the reorganisation kept its code under a full mapping
     * (07246 of 2024 became 07246 of 2025): a village listed under the later one lay in the earlier one too.
     */
    Optional<Commune> sameCodeBefore(Commune commune) {
        return jdbc.sql("""
                select p.code, p.valid_from, p.valid_to, p.depth from territory.unit p
                join territory.unit_mapping m on m.old_code = p.code and m.new_code = p.code and m.effective = p.valid_to and m.kind = 'full'
                where p.code = :code and p.level = 'commune' and p.valid_to = :from""")
                .param("code", commune.code()).param("from", commune.validFrom())
                .query((rs, n) -> new Commune(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .optional();
    }

    /** What is already known of a village: the version that brought it and when its record first starts. */
    record Known(long datasetVersionId, LocalDate firstFrom) {
    }

    Optional<Known> known(String villageCode) {
        return jdbc.sql("""
                select (array_agg(dataset_version_id order by valid_from desc))[1], min(valid_from)
                from territory.village where code = :code having count(*) > 0""")
                .param("code", villageCode)
                .query((rs, n) -> new Known(rs.getLong(1), rs.getObject(2, LocalDate.class))).optional();
    }

    /**
     * A later list replaces a village from its {@code as_of} date: the periods that start then or
     * later are dropped (the new row brings its own) and the one running across the date ends there.
     */
    private void supersede(String villageCode, LocalDate asOf) {
        jdbc.sql("delete from territory.unit where code = :code and level = 'village' and valid_from >= :asOf")
                .param("code", villageCode).param("asOf", asOf).update();
        jdbc.sql("""
                update territory.unit set valid_to = :asOf where code = :code and level = 'village'
                  and valid_from < :asOf and (valid_to is null or valid_to > :asOf)""")
                .param("code", villageCode).param("asOf", asOf).update();
    }

    /**
     * One unit row per period: a village of a commune that a full merger later absorbed also
     * stands, from that date, under the commune that absorbed it; a new village of a commune that
     * kept its code in the reorganisation also stands under the earlier commune of that code.
     */
    void insert(List<ImportRow> rows, long datasetVersionId) {
        Map<String, Commune> communes = new HashMap<>();
        Map<Commune, Optional<Commune>> predecessors = new HashMap<>();
        Map<String, String[]> successors = new HashMap<>();
        jdbc.sql("""
                select m.old_code, m.new_code, n.depth from territory.unit_mapping m
                join territory.unit n on n.code = m.new_code and n.valid_from = m.effective
                where m.kind = 'full' and n.level = 'commune'""")
                .query(rs -> {
                    successors.put(rs.getString(1), new String[] {rs.getString(2), String.valueOf(rs.getInt(3))});
                });
        List<Object[]> units = new ArrayList<>();
        List<Object[]> details = new ArrayList<>();
        for (ImportRow row : rows) {
            LocalDate asOf = row.date("as_of");
            String code = VillageImportKind.communeCode(row);
            Commune commune = communes.computeIfAbsent(code + "@" + asOf, key -> commune(code, asOf).orElseThrow());
            // A first record stands from its commune's start; a later list's record from its own date.
            LocalDate from = commune.validFrom();
            if (asOf != null && known(row.text("code")).isPresent()) {
                supersede(row.text("code"), asOf);
                from = asOf;
            } else {
                Commune earlier = predecessors.computeIfAbsent(commune, c -> sameCodeBefore(c)).orElse(null);
                if (earlier != null) {
                    add(row, earlier.code(), earlier.validFrom(), earlier.validTo(), earlier.depth() + 1, units, details, datasetVersionId);
                }
            }
            add(row, commune.code(), from, commune.validTo(), commune.depth() + 1, units, details, datasetVersionId);
            String[] next = successors.get(commune.code());
            if (commune.validTo() != null && next != null) {
                add(row, next[0], commune.validTo(), null, Integer.parseInt(next[1]) + 1, units, details, datasetVersionId);
            }
        }
        batch.batchUpdate("""
                insert into territory.unit (code, valid_from, valid_to, name, name_ascii, level, depth, type, parent_code,
                  population, latitude, longitude, source)
                values (?, ?, ?, ?, ?, 'village', ?, ?, ?, ?, ?, ?, 'import')""", units);
        batch.batchUpdate("insert into territory.village (code, valid_from, households, adults, fibre, dataset_version_id) values (?, ?, ?, ?, ?, ?)",
                details);
    }

    private static void add(ImportRow row, String parent, LocalDate from, LocalDate to, int depth, List<Object[]> units,
                            List<Object[]> details, long datasetVersionId) {
        String name = row.text("name");
        units.add(new Object[] {row.text("code"), from, to, name, asciiName(name), depth,
                row.text("type") != null ? row.text("type") : typeOf(name), parent, row.integer("population"),
                row.decimal("latitude") == null ? null : row.decimal("latitude").doubleValue(),
                row.decimal("longitude") == null ? null : row.decimal("longitude").doubleValue()});
        details.add(new Object[] {row.text("code"), from, toInteger(row.integer("households")), toInteger(row.integer("adults")),
                row.bool("fibre"), datasetVersionId});
    }

    /** The ASCII spelling keeps the capitals of the name ("Thôn Đông" → "Thon Dong"), like the reference units. */
    private static String asciiName(String name) {
        String stripped = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    private static String typeOf(String name) {
        for (String type : List.of("Tổ dân phố", "Thôn", "Bản", "Làng", "Xóm", "Khu phố", "Khu", "Ấp", "Tổ")) {
            if (name.startsWith(type + " ")) {
                return type;
            }
        }
        return "Thôn";
    }

    private static Integer toInteger(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
