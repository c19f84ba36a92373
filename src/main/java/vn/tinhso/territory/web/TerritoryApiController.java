package vn.tinhso.territory.web;

import java.time.LocalDate;
import java.util.List;

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
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.UnitMapping;

@RestController
@RequestMapping("/api/territory")
class TerritoryApiController {

    private final Territory territory;

    TerritoryApiController(Territory territory) {
        this.territory = territory;
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
        int from = Math.min(PageResult.offset(page, size), all.size());
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

    @GetMapping(value = "/geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    String geoJson(@RequestParam(defaultValue = "district") String level,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(required = false) String within) {
        return territory.geoJson(asOf == null ? LocalDate.now() : asOf, level, within);
    }
}
