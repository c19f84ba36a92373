package vn.tinhso.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.StartupStep;
import vn.tinhso.platform.CsvReader;

/**
 * Loads the shipped reference units (old Bắc Giang and Bắc Ninh before 1 July 2025, the new Bắc
 * Ninh after it, the mapping between them, district polygons and 2019 census population) into an
 * empty territory. See {@code territory/NOTICE.md} for sources and licences.
 */
@Component
class ReferenceUnitsLoader implements StartupStep {

    static final LocalDate NOTIONAL_START = LocalDate.of(2020, 1, 1);
    static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

    /** The source has no polygon for Thị xã Chũ; Lục Ngạn's pre-2025 polygon still covers it. */
    private static final Map<String, String> POLYGON_STAND_IN = Map.of("224", "219");

    private static final Logger log = LoggerFactory.getLogger(ReferenceUnitsLoader.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferenceUnitsLoader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional
    public void run() throws IOException {
        if (jdbc.sql("select count(*) from territory.unit").query(Long.class).single() > 0) {
            return;
        }
        Map<String, Long[]> population2024 = populationByUnit2024();
        Map<String, Geometry> polygons = new HashMap<>();
        Map<String, String> geometryJson = new HashMap<>();
        readDistrictPolygons(polygons, geometryJson);

        List<String[]> old = read("territory/units-2024.csv");
        Map<String, String[]> oldByCode = new LinkedHashMap<>();
        old.forEach(r -> oldByCode.put(r[0], r));
        Map<String, double[]> points = new HashMap<>();
        for (String[] r : old) {
            Geometry area = polygons.get(r[0]);
            if (area != null) {
                var p = area.getInteriorPoint();
                points.put(r[0], new double[] {p.getY(), p.getX()});
            }
        }
        for (String[] r : old) {
            if (r[3].equals("commune")) {
                Geometry district = polygons.getOrDefault(r[5], polygons.get(POLYGON_STAND_IN.getOrDefault(r[5], "")));
                points.put(r[0], PointsInside.pick(district, r[0]));
            }
        }
        Map<String, Long[]> districtTotals = new HashMap<>();
        for (String[] r : old) {
            if (r[3].equals("commune")) {
                Long[] pop = population2024.getOrDefault(r[0], new Long[] {0L, 0L, 0L});
                districtTotals.merge(r[5], pop, ReferenceUnitsLoader::add);
                districtTotals.merge(oldByCode.get(r[5])[5], pop, ReferenceUnitsLoader::add);
            }
        }
        for (String[] r : old) {
            Long[] pop = r[3].equals("commune") ? population2024.get(r[0]) : districtTotals.get(r[0]);
            // Thị xã Chũ has no polygon of its own: place its label among its communes.
            double[] point = points.computeIfAbsent(r[0], code -> centroidOfChildren(code, old, points));
            insert(r, NOTIONAL_START, REORGANISATION, depth(r[3]), pop, point, geometryJson.get(r[0]));
        }

        List<String[]> mapping = read("territory/mapping-2025.csv");
        Map<String, Long[]> newPopulation = new HashMap<>();
        Map<String, List<double[]>> newPoints = new HashMap<>();
        for (String[] m : mapping) {
            newPopulation.merge(m[1], population2024.getOrDefault(m[0], new Long[] {0L, 0L, 0L}), ReferenceUnitsLoader::add);
            newPoints.computeIfAbsent(m[1], k -> new ArrayList<>()).add(points.get(m[0]));
            jdbc.sql("insert into territory.unit_mapping values (:o, :n, :e, :k, 1, 'whole unit')")
                    .param("o", m[0]).param("n", m[1]).param("e", REORGANISATION).param("k", m[2]).update();
        }
        for (String province : List.of("24", "27")) {
            jdbc.sql("insert into territory.unit_mapping values (:o, '24', :e, 'full', 1, 'whole unit')")
                    .param("o", province).param("e", REORGANISATION).update();
        }
        Long[] provinceTotal = newPopulation.values().stream().reduce(new Long[] {0L, 0L, 0L}, ReferenceUnitsLoader::add);
        for (String[] r : read("territory/units-2025.csv")) {
            boolean province = r[3].equals("province");
            double[] point = province ? points.get("24") : mean(newPoints.get(r[0]));
            insert(r, REORGANISATION, null, province ? 0 : 1, province ? provinceTotal : newPopulation.get(r[0]), point, null);
        }
        log.info("Loaded {} reference administrative units and {} reorganisation pairs",
                jdbc.sql("select count(*) from territory.unit").query(Long.class).single(), mapping.size() + 2);
    }

    private void insert(String[] r, LocalDate from, LocalDate to, int depth, Long[] pop, double[] point, String geometry) {
        jdbc.sql("""
                insert into territory.unit (code, valid_from, valid_to, name, name_ascii, level, depth, type, parent_code,
                  population, urban, rural, latitude, longitude, geometry, source)
                values (:code, :from, :to, :name, :ascii, :level, :depth, :type, :parent, :pop, :urban, :rural, :lat, :lon,
                  cast(:geometry as jsonb), 'reference')""")
                .param("code", r[0]).param("from", from).param("to", to).param("name", r[1]).param("ascii", r[2])
                .param("level", r[3]).param("depth", depth).param("type", r[4])
                .param("parent", r[5].isEmpty() ? null : r[5])
                .param("pop", pop == null ? null : pop[0]).param("urban", pop == null ? null : pop[1])
                .param("rural", pop == null ? null : pop[2])
                .param("lat", point == null ? null : point[0]).param("lon", point == null ? null : point[1])
                .param("geometry", geometry).update();
    }

    private Map<String, Long[]> populationByUnit2024() throws IOException {
        Map<String, Long[]> totals = new HashMap<>();
        for (String[] r : read("territory/population-2019.csv")) {
            if (!r[6].isEmpty()) {
                totals.merge(r[6], new Long[] {Long.parseLong(r[2]), Long.parseLong(r[3]), Long.parseLong(r[4])}, ReferenceUnitsLoader::add);
            }
        }
        return totals;
    }

    private void readDistrictPolygons(Map<String, Geometry> polygons, Map<String, String> geometryJson) throws IOException {
        try (InputStream in = new ClassPathResource("territory/districts-2024.geojson").getInputStream()) {
            JsonNode root = json.readTree(in);
            for (JsonNode feature : root.get("features")) {
                String code = feature.get("properties").get("code").asString();
                polygons.put(code, GeoJsonGeometry.read(feature.get("geometry")));
                geometryJson.put(code, json.writeValueAsString(feature.get("geometry")));
            }
        }
    }

    private static double[] centroidOfChildren(String code, List<String[]> units, Map<String, double[]> points) {
        return mean(units.stream().filter(r -> r[5].equals(code)).map(r -> points.get(r[0])).toList());
    }

    private static double[] mean(List<double[]> pts) {
        if (pts == null || pts.isEmpty()) {
            return null;
        }
        double lat = 0;
        double lon = 0;
        for (double[] p : pts) {
            lat += p[0];
            lon += p[1];
        }
        return new double[] {lat / pts.size(), lon / pts.size()};
    }

    private static int depth(String level) {
        return switch (level) {
            case "province" -> 0;
            case "district" -> 1;
            default -> 2;
        };
    }

    private static Long[] add(Long[] a, Long[] b) {
        return new Long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static List<String[]> read(String resource) throws IOException {
        try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader, ',');
            csv.next();
            List<String[]> rows = new ArrayList<>();
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row.fields().toArray(String[]::new));
            }
            return rows;
        }
    }
}
