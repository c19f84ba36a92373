package vn.tinhso.territory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.platform.NotFoundException;
import vn.tinhso.platform.PageResult;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Recast;
import vn.tinhso.territory.Recasting;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.UnitMapping;
import vn.tinhso.territory.Village;

@RestController
@RequestMapping("/api/territory")
class TerritoryApiController {

    private final Territory territory;
    private final Recasting recasting;

    TerritoryApiController(Territory territory, Recasting recasting) {
        this.territory = territory;
        this.recasting = recasting;
    }

    /** Units as of a date (today by default), of one level, optionally below one unit; paged. */
    @GetMapping("/units")
    PageResult<AdminUnit> units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                @RequestParam(required = false) String level,
                                @RequestParam(required = false) String within,
                                @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "100") int size) {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        List<AdminUnit> all = q != null && !q.isBlank() ? territory.search(q, date, 200) : territory.units(date, level, within);
        int from = (int) Math.min(PageResult.offset(page, size), all.size());
        int to = Math.min(from + PageResult.clampSize(size), all.size());
        return new PageResult<>(all.subList(from, to), page, PageResult.clampSize(size), all.size());
    }

    record UnitDetail(AdminUnit unit, List<AdminUnit> ancestors, List<AdminUnit> children) {
    }

    @GetMapping("/units/{code}")
    UnitDetail unit(@PathVariable String code,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        AdminUnit unit = territory.unit(code, date)
                .orElseThrow(() -> new NotFoundException("No unit " + code + " on " + date));
        return new UnitDetail(unit, territory.ancestors(code, date), territory.children(code, date));
    }

    /** The 2025 reorganisation as it touches one unit: where an old unit went, or what a new one came from. */
    @GetMapping("/units/{code}/mapping")
    List<UnitMapping> mapping(@PathVariable String code) {
        return territory.mappings(code);
    }

    /** Villages below a unit on a date, each with the dataset version that brought it. */
    @GetMapping("/villages")
    List<Village> villages(@RequestParam String within,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return territory.villages(within, asOf == null ? LocalDate.now() : asOf);
    }

    /**
     * A value per old unit re-expressed in the units of a later date, with the weights used:
     * {@code /api/territory/recast?from=2024-09-30&to=2025-07-01&value=07201:10&value=07207:5}.
     */
    @GetMapping("/recast")
    Recast recast(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam("value") List<String> values) {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        for (String pair : values) {
            String[] parts = pair.split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("write each value as code:number, e.g. 07201:10 (got '" + pair + "')");
            }
            try {
                byCode.merge(parts[0].trim(), new BigDecimal(parts[1].trim()), BigDecimal::add);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[1] + "' is not a number (in '" + pair + "')");
            }
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("'to' must be after 'from'");
        }
        return recasting.recast(byCode, from, to);
    }

    @GetMapping(value = "/geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    String geoJson(@RequestParam(defaultValue = "district") String level,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(required = false) String within) {
        return territory.geoJson(asOf == null ? LocalDate.now() : asOf, level, within);
    }
}
