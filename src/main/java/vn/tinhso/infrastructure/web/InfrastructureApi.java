package vn.tinhso.infrastructure.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.infrastructure.internal.Coverage;
import vn.tinhso.infrastructure.internal.CoverageModel;
import vn.tinhso.infrastructure.internal.CoverageService;
import vn.tinhso.infrastructure.internal.FootprintShapes;
import vn.tinhso.infrastructure.internal.HouseholdsOnFibre;
import vn.tinhso.infrastructure.internal.Operators;
import vn.tinhso.infrastructure.internal.Registry;
import vn.tinhso.infrastructure.internal.Technology;
import vn.tinhso.platform.NotFoundException;

@RestController
@RequestMapping("/api/infrastructure")
class InfrastructureApi {

    static final String METHOD = "Modelled, no terrain; declared range, else Hata urban/suburban/open from a link budget per technology, "
            + "else defaults 2G 12 km, 3G/4G 4 km, 5G 500 m; sectors of 120° where the azimuth is known";
    static final String HH_FIBRE_METHOD = "Fibre subscriptions of each commune (its latest report on or before the date) over its households: "
            + "the census households of its villages, else its population ÷ %s people per household; one subscription = one household; "
            + "province = total subscriptions ÷ total households of the reporting communes";
    static final String OPENCELLID = "Cell data © OpenCelliD contributors, CC BY-SA 4.0 (opencellid.org)";
    /** The same in ASCII, for a response header. */
    static final String OPENCELLID_HEADER = "Cell data (c) OpenCelliD contributors, CC BY-SA 4.0 (opencellid.org)";

    private final Registry registry;
    private final CoverageService coverage;

    InfrastructureApi(Registry registry, CoverageService coverage) {
        this.registry = registry;
        this.coverage = coverage;
    }

    static LocalDate dateOr(LocalDate asOf) {
        return asOf == null ? CoverageService.today() : asOf;
    }

    /** Counts from the registry and percentages from the coverage model, as of a date. */
    record Summary(LocalDate asOf, long towers, long sharedTowers, long bts, Map<String, Long> btsByTechnology,
                   Map<String, Map<String, Long>> btsByOperator, long cells, int villages, int villagesWithFibre,
                   double villagesWithFibrePercent, double villagesWith4gPercent, long population,
                   Map<String, Double> populationCoveredPercent, Map<String, Map<String, Double>> populationCoveredByOperatorPercent,
                   double householdsOnFibrePercent, String householdsOnFibreMethod, String method, Map<String, Integer> footprints, String attribution, long modelMillis) {
    }

    @GetMapping("/summary")
    Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate d = dateOr(asOf);
        Registry.Counts n = registry.counts(d);
        Coverage c = coverage.cached(d);
        Map<String, Double> tiers = new LinkedHashMap<>();
        String[] labels = {"2G", "3G", "4G", "5G"};
        for (int t = 0; t < 4; t++) tiers.put(labels[t], round(c.populationShare(t)));
        Map<String, Map<String, Double>> byOperator = new LinkedHashMap<>();
        c.byOperator().forEach((op, p) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int t = 0; t < 4; t++) m.put(labels[t], round(c.percent(p[t], c.population())));
            byOperator.put(op, m);
        });
        Map<String, Integer> footprints = new LinkedHashMap<>();
        c.footprints().forEach((k, v) -> footprints.put(k.name().toLowerCase(), v));
        return new Summary(d, n.towers(), n.sharedTowers(), n.bts(), n.btsByTechnology(), n.btsByOperator(), n.cells(), c.villages(),
                c.villagesWithFibre(), round(c.villagesFibreShare()), round(c.villages4gShare()), c.population(), tiers, byOperator,
                round(c.householdsOnFibre().percent()), hhFibreMethod(c.householdsOnFibre()), METHOD, footprints, n.opencellidCells() > 0 ? OPENCELLID : null, c.millis());
    }

    static String hhFibreMethod(HouseholdsOnFibre h) {
        return HH_FIBRE_METHOD.formatted(h.householdSize());
    }

    record HouseholdsOnFibreRow(String commune, String name, LocalDate reportedOn, long subscriptions, long households, String method,
                                double percent) {
    }

    /** Households on fibre (HH_ON_FIBRE) for the province and per commune, each commune with how its households were counted. */
    record HouseholdsOnFibreAnswer(LocalDate asOf, long subscriptions, long households, double percent, String method,
                                   long communesCensus, long communesEstimated, List<HouseholdsOnFibreRow> communes) {
    }

    @GetMapping("/households-on-fibre")
    HouseholdsOnFibreAnswer householdsOnFibre(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate d = dateOr(asOf);
        HouseholdsOnFibre h = coverage.cached(d).householdsOnFibre();
        return new HouseholdsOnFibreAnswer(d, h.subscriptions(), h.households(), round(h.percent()), hhFibreMethod(h),
                h.communes(HouseholdsOnFibre.Method.CENSUS), h.communes(HouseholdsOnFibre.Method.ESTIMATED),
                h.communes().stream().map(c -> new HouseholdsOnFibreRow(c.code(), c.name(), c.reportedOn(), c.subscriptions(), c.households(),
                        c.method().name().toLowerCase(), round(c.percent()))).toList());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Towers as GeoJSON points, filtered by technology (2G…5G) and operator MNC. */
    @GetMapping("/towers")
    Map<String, Object> towers(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(required = false) String technology, @RequestParam(required = false) String operator) {
        String mnc = operator == null || operator.isBlank() ? null : Operators.mnc(operator).orElse("none");
        String tech = technology == null || technology.isBlank() ? null : technology.toUpperCase();
        List<Map<String, Object>> features = registry.towersOnMap(dateOr(asOf), tech, mnc).stream()
                .map(t -> Map.<String, Object>of("type", "Feature",
                        "geometry", Map.of("type", "Point", "coordinates", List.of(t.longitude(), t.latitude())),
                        "properties", Map.of("code", t.code(), "commune", t.communeCode(),
                                "operators", List.of(t.operators()).stream().map(Operators::name).toList(),
                                "technologies", List.of(t.technologies()))))
                .toList();
        return Map.of("type", "FeatureCollection", "features", features);
    }

    record TowerDetail(Registry.Tower tower, List<Registry.CellRow> cells) {
    }

    @GetMapping("/towers/{code}")
    TowerDetail tower(@PathVariable String code, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return new TowerDetail(registry.tower(code, dateOr(asOf)).orElseThrow(() -> new NotFoundException("no tower " + code)), registry.cellsOf(code));
    }

    @GetMapping("/coverage/communes")
    List<Coverage.CommuneCoverage> communes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return coverage.cached(dateOr(asOf)).communes();
    }

    @GetMapping("/gaps")
    List<Coverage.Gap> gaps(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return coverage.cached(dateOr(asOf)).gaps();
    }

    /** The digital-gap list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese names). */
    @GetMapping(value = "/gaps.csv", produces = "text/csv")
    ResponseEntity<byte[]> gapsCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate d = dateOr(asOf);
        StringBuilder csv = new StringBuilder("\uFEFFvillage,name,commune,commune_name,population,best_technology,has_4g,has_fibre,latitude,longitude\n");
        for (Coverage.Gap g : coverage.cached(d).gaps())
            csv.append(g.village()).append(',').append(quote(g.name())).append(',').append(g.communeCode()).append(',')
                    .append(quote(g.communeName())).append(',').append(g.population()).append(',').append(g.best()).append(',')
                    .append(g.has4g()).append(',').append(g.fibre()).append(',').append(g.latitude()).append(',').append(g.longitude()).append('\n');
        return attributed(ResponseEntity.ok(), d).contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"digital-gaps-" + d + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The digital-gap list as an XLSX workbook: one row per village, numbers as numbers. */
    @GetMapping("/gaps.xlsx")
    ResponseEntity<byte[]> gapsXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
            throws IOException {
        LocalDate d = dateOr(asOf);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("digital-gaps " + d);
            String[] header = {"village", "name", "commune", "commune_name", "population", "best_technology", "has_4g", "has_fibre",
                    "latitude", "longitude"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) top.createCell(i).setCellValue(header[i]);
            int r = 1;
            for (Coverage.Gap g : coverage.cached(d).gaps()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(g.village());
                row.createCell(1).setCellValue(g.name());
                row.createCell(2).setCellValue(g.communeCode());
                row.createCell(3).setCellValue(g.communeName());
                row.createCell(4).setCellValue(g.population());
                row.createCell(5).setCellValue(g.best());
                row.createCell(6).setCellValue(g.has4g());
                row.createCell(7).setCellValue(g.fibre());
                row.createCell(8).setCellValue(g.latitude());
                row.createCell(9).setCellValue(g.longitude());
            }
            sheet.createFreezePane(0, 1);
            Sheet source = book.createSheet("source");
            source.createRow(0).createCell(0).setCellValue(METHOD);
            if (registry.openCellIdOn(d)) source.createRow(1).createCell(0).setCellValue(OPENCELLID);
            book.write(out);
            return attributed(ResponseEntity.ok(), d)
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"digital-gaps-" + d + ".xlsx\"")
                    .body(out.toByteArray());
        }
    }

    /** Each active cell's modelled footprint as a GeoJSON polygon (sector or circle), with its radius and how it was chosen. */
    @GetMapping("/footprints")
    Map<String, Object> footprints(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(required = false) String technology, @RequestParam(required = false) String operator) {
        String mnc = operator == null || operator.isBlank() ? null : Operators.mnc(operator).orElse("none");
        Technology tech = technology == null || technology.isBlank() ? null
                : Technology.ofLabel(technology.toUpperCase()).orElseThrow(() -> new IllegalArgumentException("unknown technology " + technology));
        List<Map<String, Object>> features = coverage.footprints(dateOr(asOf), tech, mnc).stream()
                .map(f -> Map.<String, Object>of("type", "Feature",
                        "geometry", Map.of("type", "Polygon", "coordinates",
                                List.of(FootprintShapes.ring(f.latitude(), f.longitude(), f.footprint().radiusKm(), f.footprint().azimuth()))),
                        "properties", Map.of("cell", f.cell(), "operator", Operators.name(f.mnc()), "technology", f.technology().label(),
                                "radiusKm", Math.round(f.footprint().radiusKm() * 1000) / 1000.0,
                                "method", f.footprint().method().name().toLowerCase(),
                                "sector", f.footprint().azimuth() != null)))
                .toList();
        Map<String, Object> collection = new LinkedHashMap<>(Map.of("type", "FeatureCollection", "features", features));
        if (registry.openCellIdOn(dateOr(asOf))) collection.put("attribution", OPENCELLID);
        return collection;
    }

    /** Responses whose figures come from OpenCelliD cells carry its attribution (CC BY-SA 4.0) in a header. */
    private ResponseEntity.BodyBuilder attributed(ResponseEntity.BodyBuilder response, LocalDate asOf) {
        return registry.openCellIdOn(asOf) ? response.header("X-Attribution", OPENCELLID_HEADER) : response;
    }

    private static String quote(String s) {
        String safe = s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe == null ? "" : "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    @GetMapping("/siting")
    List<CoverageModel.Proposal> siting(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                        @RequestParam(defaultValue = "5") int budget) {
        if (budget < 1 || budget > 200) throw new IllegalArgumentException("budget must be between 1 and 200 sites");
        return coverage.siting(dateOr(asOf), budget);
    }

    @PostMapping("/coverage/recompute")
    @PreAuthorize(Role.IS_WRITER)
    CoverageService.Progress recompute() {
        coverage.publish();
        return coverage.progress();
    }

    @GetMapping("/coverage/progress")
    CoverageService.Progress progress() {
        return coverage.progress();
    }
}
