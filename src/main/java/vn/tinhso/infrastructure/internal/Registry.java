package vn.tinhso.infrastructure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The towers, BTS, cells, fibre and broadband tables. "As of" a date means commissioned on or before it and not yet decommissioned. */
@Repository
public class Registry {

    private static final String ACTIVE = " commissioned_on <= :d and (decommissioned_on is null or decommissioned_on > :d) ";

    private final JdbcClient jdbc;
    private final CommuneLocator communes;

    Registry(JdbcClient jdbc, CommuneLocator communes) {
        this.jdbc = jdbc;
        this.communes = communes;
    }

    /**
     * The commune a tower lies in on a date: recast from its point among the communes of that date, so a tower put up
     * before a reorganisation shows the new commune after it and the old one before it. The stored commune (as of
     * commissioning) stands in when the territory has no commune points.
     */
    private String communeOn(double lat, double lon, String stored, LocalDate asOf) {
        return communes.communeAt(lat, lon, asOf).orElse(stored);
    }

    public record Tower(String code, double latitude, double longitude, Double heightM, String type, String owner,
                        String communeCode, LocalDate commissionedOn, LocalDate decommissionedOn) {
    }

    /** A tower on the map: who hangs what on it, as of the date asked. */
    public record TowerOnMap(String code, double latitude, double longitude, String communeCode, String[] operators, String[] technologies) {
    }

    public record CellRow(long id, String operator, String technology, long area, long cell, Double bandMhz, Double azimuth,
                          Double tilt, Double antennaHeightM, Double powerDbm, Double rangeM, String status,
                          LocalDate commissionedOn, LocalDate decommissionedOn, String source) {
    }

    /** Counts as of a date: towers, towers with two or more operators, BTS by technology and by operator and technology. */
    public record Counts(LocalDate asOf, long towers, long sharedTowers, Map<String, Long> btsByTechnology,
                         Map<String, Map<String, Long>> btsByOperator, long cells, long opencellidCells) {
        public long bts() {
            return btsByTechnology.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    void saveTower(Tower t, long version) {
        jdbc.sql("""
                insert into infrastructure.tower (code, latitude, longitude, height_m, type, owner, commune_code,
                    commissioned_on, decommissioned_on, dataset_version_id)
                values (:code, :lat, :lon, :h, :type, :owner, :commune, :from, :to, :v)
                on conflict (code) do update set latitude = excluded.latitude, longitude = excluded.longitude,
                    height_m = coalesce(excluded.height_m, tower.height_m), type = coalesce(excluded.type, tower.type),
                    owner = coalesce(excluded.owner, tower.owner), commune_code = excluded.commune_code,
                    commissioned_on = least(tower.commissioned_on, excluded.commissioned_on),
                    decommissioned_on = excluded.decommissioned_on, dataset_version_id = excluded.dataset_version_id""")
                .param("code", t.code()).param("lat", t.latitude()).param("lon", t.longitude()).param("h", t.heightM())
                .param("type", t.type()).param("owner", t.owner()).param("commune", t.communeCode())
                .param("from", t.commissionedOn()).param("to", t.decommissionedOn()).param("v", version).update();
    }

    long saveBts(String tower, String mnc, String technology, LocalDate from, LocalDate to, long version) {
        return jdbc.sql("""
                insert into infrastructure.bts (tower_code, mnc, technology, commissioned_on, decommissioned_on, dataset_version_id)
                values (:t, :mnc, :tech, :from, :to, :v)
                on conflict (tower_code, mnc, technology) do update set
                    commissioned_on = least(bts.commissioned_on, excluded.commissioned_on),
                    decommissioned_on = excluded.decommissioned_on, dataset_version_id = excluded.dataset_version_id
                returning id""")
                .param("t", tower).param("mnc", mnc).param("tech", technology).param("from", from).param("to", to)
                .param("v", version).query(Long.class).single();
    }

    record NewCell(Long btsId, int mcc, String mnc, String technology, long area, long cell, double latitude, double longitude,
                   Double rangeM, Double bandMhz, Double azimuth, Double tilt, Double antennaHeightM, Double powerDbm,
                   String status, LocalDate commissionedOn, LocalDate decommissionedOn, String source) {
    }

    void saveCell(NewCell c, long version) {
        jdbc.sql("""
                insert into infrastructure.cell (bts_id, mcc, mnc, technology, area, cell, latitude, longitude, range_m, band_mhz,
                    azimuth, tilt, antenna_height_m, power_dbm, status, commissioned_on, decommissioned_on, source, dataset_version_id)
                values (:bts, :mcc, :mnc, :tech, :area, :cell, :lat, :lon, :range, :band, :az, :tilt, :h, :p, :status, :from, :to, :src, :v)
                on conflict (mcc, mnc, area, cell, technology) do update set bts_id = coalesce(excluded.bts_id, cell.bts_id),
                    latitude = excluded.latitude, longitude = excluded.longitude, range_m = excluded.range_m,
                    band_mhz = coalesce(excluded.band_mhz, cell.band_mhz), azimuth = coalesce(excluded.azimuth, cell.azimuth),
                    tilt = coalesce(excluded.tilt, cell.tilt), antenna_height_m = coalesce(excluded.antenna_height_m, cell.antenna_height_m),
                    power_dbm = coalesce(excluded.power_dbm, cell.power_dbm), status = excluded.status,
                    commissioned_on = excluded.commissioned_on, decommissioned_on = excluded.decommissioned_on,
                    source = excluded.source, dataset_version_id = excluded.dataset_version_id""")
                .param("bts", c.btsId()).param("mcc", c.mcc()).param("mnc", c.mnc()).param("tech", c.technology())
                .param("area", c.area()).param("cell", c.cell()).param("lat", c.latitude()).param("lon", c.longitude())
                .param("range", c.rangeM()).param("band", c.bandMhz()).param("az", c.azimuth()).param("tilt", c.tilt())
                .param("h", c.antennaHeightM()).param("p", c.powerDbm()).param("status", c.status())
                .param("from", c.commissionedOn()).param("to", c.decommissionedOn()).param("src", c.source()).param("v", version)
                .update();
    }

    void saveFibre(String village, String operator, LocalDate from, long version) {
        jdbc.sql("""
                insert into infrastructure.fibre (village_code, operator, available_from, dataset_version_id) values (:v, :o, :f, :ver)
                on conflict (village_code, operator) do update set available_from = excluded.available_from,
                    dataset_version_id = excluded.dataset_version_id""")
                .param("v", village).param("o", operator).param("f", from).param("ver", version).update();
    }

    void saveBroadband(String commune, LocalDate asOf, int subscriptions, long version) {
        jdbc.sql("""
                insert into infrastructure.broadband (commune_code, as_of, fibre_subscriptions, dataset_version_id) values (:c, :d, :n, :v)
                on conflict (commune_code, as_of) do update set fibre_subscriptions = excluded.fibre_subscriptions,
                    dataset_version_id = excluded.dataset_version_id""")
                .param("c", commune).param("d", asOf).param("n", subscriptions).param("v", version).update();
    }

    public Counts counts(LocalDate asOf) {
        long towers = jdbc.sql("select count(*) from infrastructure.tower where" + ACTIVE).param("d", asOf).query(Long.class).single();
        long shared = jdbc.sql("""
                select count(*) from (select tower_code from infrastructure.bts where""" + ACTIVE + """
                group by tower_code having count(distinct mnc) >= 2) s""").param("d", asOf).query(Long.class).single();
        Map<String, Long> byTech = new LinkedHashMap<>();
        for (Technology t : Technology.values()) byTech.put(t.label(), 0L);
        Map<String, Map<String, Long>> byOperator = new LinkedHashMap<>();
        jdbc.sql("select mnc, technology, count(*) from infrastructure.bts where" + ACTIVE + "group by 1, 2 order by 1, 2")
                .param("d", asOf).query(rs -> {
                    byTech.merge(rs.getString(2), rs.getLong(3), Long::sum);
                    byOperator.computeIfAbsent(Operators.name(rs.getString(1)), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        long cells = jdbc.sql("select count(*) from infrastructure.cell where" + ACTIVE).param("d", asOf).query(Long.class).single();
        long ocid = jdbc.sql("select count(*) from infrastructure.cell where source = 'opencellid' and" + ACTIVE)
                .param("d", asOf).query(Long.class).single();
        return new Counts(asOf, towers, shared, byTech, byOperator, cells, ocid);
    }

    /** Per commune as of a date: towers, shared towers, BTS by technology and operator (for indicator values). */
    public record CommuneCount(String commune, String what, String mnc, String technology, long count) {
    }

    List<CommuneCount> communeCounts(LocalDate asOf) {
        Map<String, String> communeOf = new LinkedHashMap<>();
        jdbc.sql("select code, latitude, longitude, commune_code from infrastructure.tower t where" + ACTIVE).param("d", asOf)
                .query(rs -> {
                    communeOf.put(rs.getString(1), communeOn(rs.getDouble(2), rs.getDouble(3), rs.getString(4), asOf));
                });
        Map<String, Long> towers = new TreeMap<>(), shared = new TreeMap<>();
        communeOf.values().forEach(c -> towers.merge(c, 1L, Long::sum));
        jdbc.sql("select tower_code from infrastructure.bts where" + ACTIVE + "group by tower_code having count(distinct mnc) >= 2")
                .param("d", asOf).query(rs -> {
                    String commune = communeOf.get(rs.getString(1));
                    if (commune != null) shared.merge(commune, 1L, Long::sum);
                });
        List<CommuneCount> out = new ArrayList<>();
        towers.forEach((c, n) -> out.add(new CommuneCount(c, "towers", null, null, n)));
        shared.forEach((c, n) -> out.add(new CommuneCount(c, "shared", null, null, n)));
        Map<List<String>, Long> bts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        jdbc.sql("""
                select b.tower_code, b.mnc, b.technology, count(*), t.latitude, t.longitude, t.commune_code from infrastructure.bts b
                join infrastructure.tower t on t.code = b.tower_code
                where b.commissioned_on <= :d and (b.decommissioned_on is null or b.decommissioned_on > :d)
                group by b.tower_code, b.mnc, b.technology, t.latitude, t.longitude, t.commune_code""")
                .param("d", asOf).query(rs -> {
                    String commune = communeOf.get(rs.getString(1));
                    if (commune == null) {
                        commune = communeOn(rs.getDouble(5), rs.getDouble(6), rs.getString(7), asOf);
                        communeOf.put(rs.getString(1), commune);
                    }
                    bts.merge(List.of(commune, rs.getString(2), rs.getString(3)), rs.getLong(4), Long::sum);
                });
        bts.forEach((k, n) -> out.add(new CommuneCount(k.get(0), "bts", k.get(1), k.get(2), n)));
        return out;
    }

    List<CoverageModel.Cell> cellsForCoverage(LocalDate asOf) {
        return jdbc.sql("""
                select c.id, c.mnc, c.technology, c.latitude, c.longitude, c.range_m, c.band_mhz, c.azimuth,
                       coalesce(c.antenna_height_m, t.height_m)
                from infrastructure.cell c left join infrastructure.bts b on b.id = c.bts_id
                left join infrastructure.tower t on t.code = b.tower_code
                where c.status = 'active' and c.commissioned_on <= :d and (c.decommissioned_on is null or c.decommissioned_on > :d)
                order by c.id""")
                .param("d", asOf)
                .query((rs, n) -> new CoverageModel.Cell(rs.getLong(1), rs.getString(2), Technology.ofLabel(rs.getString(3)).orElseThrow(),
                        rs.getDouble(4), rs.getDouble(5), (Double) rs.getObject(6), (Double) rs.getObject(7), (Double) rs.getObject(8),
                        (Double) rs.getObject(9)))
                .list();
    }

    public List<TowerOnMap> towersOnMap(LocalDate asOf, String technology, String mnc) {
        return jdbc.sql("""
                select t.code, t.latitude, t.longitude, t.commune_code, array_agg(distinct b.mnc order by b.mnc),
                       array_agg(distinct b.technology order by b.technology)
                from infrastructure.tower t join infrastructure.bts b on b.tower_code = t.code
                where t.commissioned_on <= :d and (t.decommissioned_on is null or t.decommissioned_on > :d)
                  and b.commissioned_on <= :d and (b.decommissioned_on is null or b.decommissioned_on > :d)
                  and (cast(:tech as text) is null or b.technology = :tech) and (cast(:mnc as text) is null or b.mnc = :mnc)
                group by 1, 2, 3, 4 order by 1""")
                .param("d", asOf).param("tech", technology).param("mnc", mnc)
                .query((rs, n) -> new TowerOnMap(rs.getString(1), rs.getDouble(2), rs.getDouble(3),
                        communeOn(rs.getDouble(2), rs.getDouble(3), rs.getString(4), asOf),
                        (String[]) rs.getArray(5).getArray(), (String[]) rs.getArray(6).getArray()))
                .list();
    }

    /** A tower with its commune as of the date asked. */
    public Optional<Tower> tower(String code, LocalDate asOf) {
        return jdbc.sql("""
                select code, latitude, longitude, height_m, type, owner, commune_code, commissioned_on, decommissioned_on
                from infrastructure.tower where code = :c""").param("c", code)
                .query((rs, n) -> new Tower(rs.getString(1), rs.getDouble(2), rs.getDouble(3), (Double) rs.getObject(4), rs.getString(5),
                        rs.getString(6), communeOn(rs.getDouble(2), rs.getDouble(3), rs.getString(7), asOf), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)))
                .optional();
    }

    public List<CellRow> cellsOf(String tower) {
        return jdbc.sql("""
                select c.id, c.mnc, c.technology, c.area, c.cell, c.band_mhz, c.azimuth, c.tilt, c.antenna_height_m, c.power_dbm,
                       c.range_m, c.status, c.commissioned_on, c.decommissioned_on, c.source
                from infrastructure.cell c join infrastructure.bts b on b.id = c.bts_id where b.tower_code = :t
                order by c.mnc, c.technology, c.cell""").param("t", tower)
                .query((rs, n) -> new CellRow(rs.getLong(1), Operators.name(rs.getString(2)), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        (Double) rs.getObject(6), (Double) rs.getObject(7), (Double) rs.getObject(8), (Double) rs.getObject(9),
                        (Double) rs.getObject(10), (Double) rs.getObject(11), rs.getString(12), rs.getObject(13, LocalDate.class),
                        rs.getObject(14, LocalDate.class), rs.getString(15)))
                .list();
    }

    /** Villages with fibre from any operator available on the date, with the operators. */
    Map<String, List<String>> fibreVillages(LocalDate asOf) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("select village_code, array_agg(operator order by operator) from infrastructure.fibre where available_from <= :d group by 1")
                .param("d", asOf).query(rs -> {
                    out.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()));
                });
        return out;
    }

    /** A commune's fibre subscriptions as reported on a date. */
    record Subscriptions(LocalDate asOf, long count) {
    }

    /** The latest fibre subscriptions of each commune on or before the date. */
    Map<String, Subscriptions> broadband(LocalDate asOf) {
        Map<String, Subscriptions> out = new TreeMap<>();
        jdbc.sql("""
                select distinct on (commune_code) commune_code, as_of, fibre_subscriptions from infrastructure.broadband
                where as_of <= :d order by commune_code, as_of desc""")
                .param("d", asOf).query(rs -> {
                    out.put(rs.getString(1), new Subscriptions(rs.getObject(2, LocalDate.class), rs.getLong(3)));
                });
        return out;
    }

    /** Whether any cell from OpenCelliD is active on the date, so that figures of that date carry its attribution. */
    public boolean openCellIdOn(LocalDate asOf) {
        return jdbc.sql("select exists (select 1 from infrastructure.cell where source = 'opencellid' and" + ACTIVE + ")")
                .param("d", asOf).query(Boolean.class).single();
    }

    Optional<LocalDate> firstCommissioning() {
        return jdbc.sql("select min(commissioned_on) from infrastructure.cell").query(LocalDate.class).optional();
    }
}
