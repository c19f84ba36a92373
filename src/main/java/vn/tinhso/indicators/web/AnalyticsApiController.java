package vn.tinhso.indicators.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.internal.DataQuality;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.RelativePeriods;
import vn.tinhso.indicators.internal.Scorecards;
import vn.tinhso.indicators.internal.Targets;
import vn.tinhso.platform.NotFoundException;

/**
 * {@code GET /api/indicators/analytics?dx=ECOM_SHARE,GRDP_GROWTH&pe=2024Y9M,2023Y9M&ou=24&ouLevel=district}
 * <ul>
 * <li>{@code dx}: indicator or data element codes, comma-separated</li>
 * <li>{@code pe}: period codes (2024, 2024S1, 2024Q3, 202409, 2024W10, 2024Y9M) or relative ones (THIS_YEAR, LAST_12_MONTHS …)</li>
 * <li>{@code ou}: the root unit code (default 24); {@code ouLevel}: province, district or commune rows below it</li>
 * <li>{@code boundaries}: {@code period} (units as they stood in each period, default) or {@code today} (recast to today's units)</li>
 * <li>{@code knownOn}: yyyy-mm-dd, the values as known at the end of that day</li>
 * <li>{@code numDen=true}: add numerator and denominator; {@code format=csv} (or Accept: text/csv) for CSV</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/indicators")
class AnalyticsApiController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String BOM = "\uFEFF";
    static final List<String> OU_LEVELS = List.of("province", "district", "commune", "village");

    private final Analytics analytics;
    private final IndicatorCatalog catalog;
    private final Targets targets;
    private final Scorecards scorecards;
    private final DataQuality quality;
    private final RawValues rawValues;

    AnalyticsApiController(Analytics analytics, IndicatorCatalog catalog, Targets targets, Scorecards scorecards,
                           DataQuality quality, RawValues rawValues) {
        this.analytics = analytics;
        this.catalog = catalog;
        this.targets = targets;
        this.scorecards = scorecards;
        this.quality = quality;
        this.rawValues = rawValues;
    }

    @GetMapping(value = "/analytics", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The rows, as JSON or as CSV (format=csv)",
            content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AnalyticsResponse.class)),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv")})
    ResponseEntity<?> analytics(@RequestParam String dx, @RequestParam String pe, @RequestParam(defaultValue = "${tinhso.province}") String ou,
                                @RequestParam(required = false) String ouLevel,
                                @RequestParam(defaultValue = "period") String boundaries,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn,
                                @RequestParam(defaultValue = "false") boolean numDen,
                                @RequestParam(required = false) String format,
                                @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
        List<Period> periods = new ArrayList<>();
        for (String code : pe.split(",")) periods.addAll(RelativePeriods.resolve(code, LocalDate.now()));
        Analytics.Boundaries mode = switch (boundaries.toLowerCase()) {
            case "period" -> Analytics.Boundaries.AS_OF_PERIOD;
            case "today" -> Analytics.Boundaries.TODAY;
            default -> throw new IllegalArgumentException("boundaries must be 'period' (units as they stood then) or 'today' (recast to today's units)");
        };
        List<String> codes = Arrays.stream(dx.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty()) throw new IllegalArgumentException("dx must name at least one indicator or data element, e.g. dx=ECOM_SHARE");
        if (ouLevel != null && !ouLevel.isBlank() && !OU_LEVELS.contains(ouLevel))
            throw new IllegalArgumentException("ouLevel must be one of " + OU_LEVELS + ", not '" + ouLevel + "'");
        Analytics.Request request = new Analytics.Request(codes, periods, ou, ouLevel, mode, knownOn, numDen);
        List<Analytics.Row> rows = analytics.query(request);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.startsWith("text/csv"));
        if (csv) return ResponseEntity.ok().contentType(CSV).body(csv(rows, numDen));
        Map<String, AnalyticsResponse.Meta> meta = new LinkedHashMap<>();
        for (String code : codes) {
            catalog.indicator(code).ifPresent(i -> meta.put(code, AnalyticsResponse.Meta.of(i)));
            catalog.element(code).ifPresent(e -> meta.put(code, AnalyticsResponse.Meta.of(e)));
        }
        AnalyticsResponse body = new AnalyticsResponse(periods.stream().map(Period::code).toList(), boundaries.toLowerCase(), knownOn, meta, rows);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String csv(List<Analytics.Row> rows, boolean numDen) {
        // The byte order mark lets Excel read the Vietnamese unit names as UTF-8.
        StringBuilder out = new StringBuilder(BOM).append(numDen ? "dx,pe,ou,ou_name,value,numerator,denominator\n" : "dx,pe,ou,ou_name,value\n");
        for (Analytics.Row r : rows) {
            out.append(r.code()).append(',').append(r.period()).append(',').append(r.unit()).append(',')
                    .append('"').append(r.unitName().replace("\"", "\"\"")).append('"').append(',').append(text(r.value()));
            if (numDen) out.append(',').append(text(r.numerator())).append(',').append(text(r.denominator()));
            out.append('\n');
        }
        return out.toString();
    }

    private static String text(Double v) {
        return v == null ? "" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    @GetMapping
    Definitions definitions() {
        return new Definitions(catalog.elements(), catalog.indicators(), catalog.targets(), catalog.scorecards(), catalog.validationRules());
    }

    @GetMapping("/{code}")
    Object definition(@PathVariable String code) {
        return catalog.indicator(code).<Object>map(i -> i)
                .or(() -> catalog.element(code).map(e -> e))
                .orElseThrow(() -> new NotFoundException("no indicator or data element '" + code + "'"));
    }

    @GetMapping("/targets")
    List<Targets.Status> targets(@RequestParam(defaultValue = "2024Y9M") String pe) {
        return targets.board(Period.parse(pe));
    }

    @GetMapping("/scorecards/{code}")
    Scorecards.Result scorecard(@PathVariable String code, @RequestParam(defaultValue = "${tinhso.province}") String ou,
                                @RequestParam(defaultValue = "2024Y9M") String pe) {
        return scorecards.score(code, ou, Period.parse(pe));
    }

    @GetMapping("/validation")
    ValidationReport validation(@RequestParam(defaultValue = "${tinhso.province}") String ou, @RequestParam(defaultValue = "2024Y9M") String pe,
                                   @RequestParam(required = false) String outliersOf, @RequestParam(defaultValue = "district") String level) {
        Period period = Period.parse(pe);
        return new ValidationReport(quality.violations(ou, period),
                outliersOf == null ? null : quality.outliers(outliersOf, ou, level, period, 3.5), quality.overlaps());
    }

    /** The raw values behind a figure: what was imported, for which unit and period. */
    @GetMapping(value = "/data-values", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> dataValues(@RequestParam(required = false) String element, @RequestParam(required = false) String pe,
                                 @RequestParam(required = false) Long version,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn,
                                 @RequestParam(defaultValue = "5000") int limit, @RequestParam(required = false) String format) {
        List<RawValue> raw = rawValues.find(element, pe, version, knownOn, limit);
        if ("csv".equalsIgnoreCase(format)) {
            StringBuilder out = new StringBuilder(BOM).append(
                    "element,disaggregation,unit,period,value,status,dataset_version,dataset,version_number,source,known_from,known_to,"
                            + "stored_by,created,last_updated,comment,followup\n");
            for (RawValue v : raw)
                out.append(String.join(",", java.util.stream.Stream.of(v.element(), v.disaggregation(), v.unit(), v.period(),
                        v.value().toPlainString(), v.status(), v.datasetVersion(), v.dataset(), v.versionNumber(), v.source(), v.knownFrom(),
                        v.knownTo(), v.storedBy(), v.created(), v.lastUpdated(), v.comment(), v.followup()).map(AnalyticsApiController::cell).toList()))
                        .append('\n');
            return ResponseEntity.ok().contentType(CSV).body(out.toString());
        }
        return ResponseEntity.ok(raw);
    }

    /** A CSV cell: empty for nothing, quoted when it holds a comma, quote or line break. */
    private static String cell(Object value) {
        if (value == null) return "";
        String text = value.toString();
        return text.matches("(?s).*[,\"\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
