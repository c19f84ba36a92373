package vn.tinhso.territory.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;


import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.UnitMapping;

/** The unit tree with search, a unit with its map, population and children, and the 2025 change. */
@Controller
@RequestMapping("/territory")
class TerritoryPageController {

    private final Territory territory;
    private final LocalDate mapDate;

    TerritoryPageController(Territory territory, @Value("${tinhso.map-date}") LocalDate mapDate) {
        this.territory = territory;
        this.mapDate = mapDate;
    }

    /** A unit with the units below it, down to communes (villages are on the commune's page). */
    record Node(AdminUnit unit, List<Node> children) {
    }

    @GetMapping
    String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) String q, Model model) {
        LocalDate date = asOf == null ? mapDate : asOf;
        List<AdminUnit> units = territory.units(date, null, null).stream().filter(u -> !u.level().equals("village")).toList();
        Map<String, List<AdminUnit>> byParent = units.stream().filter(u -> u.parentCode() != null)
                .collect(Collectors.groupingBy(AdminUnit::parentCode, LinkedHashMap::new, Collectors.toList()));
        List<Node> roots = units.stream().filter(u -> u.parentCode() == null).map(u -> node(u, byParent)).toList();
        model.addAttribute("asOf", date);
        model.addAttribute("dates", territory.latestReorganisation().map(r -> List.of(mapDate, r)).orElse(List.of(mapDate)));
        model.addAttribute("roots", roots);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", territory.search(q, date, 100));
        }
        return "territory/tree";
    }

    private static Node node(AdminUnit unit, Map<String, List<AdminUnit>> byParent) {
        return new Node(unit, byParent.getOrDefault(unit.code(), List.of()).stream().map(c -> node(c, byParent)).toList());
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate date = asOf == null ? mapDate : asOf;
        AdminUnit unit = territory.unit(code, date).orElseThrow(() -> notFound("No unit " + code + " on " + date));
        List<AdminUnit> ancestors = territory.ancestors(code, date);
        List<AdminUnit> children = territory.children(code, date);
        model.addAttribute("asOf", date);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", ancestors);
        model.addAttribute("children", children.stream().filter(c -> !c.level().equals("village")).toList());
        boolean hasVillages = children.stream().anyMatch(c -> c.level().equals("village"));
        model.addAttribute("villages", hasVillages ? territory.villages(code, date).stream()
                .filter(v -> v.communeCode().equals(code)).toList() : List.of());
        model.addAttribute("mappings", territory.mappings(code));
        // Polygons exist for districts and old provinces only: draw the nearest one, and the units below as points.
        String area = unit.level().equals("province") || unit.level().equals("district") ? code
                : ancestors.stream().filter(a -> a.level().equals("district")).map(AdminUnit::code).findFirst().orElse(null);
        model.addAttribute("areaWithin", area);
        model.addAttribute("pointLevel", children.isEmpty() ? unit.level() : children.get(0).level());
        model.addAttribute("pointWithin", children.isEmpty() ? (unit.parentCode() == null ? code : unit.parentCode()) : code);
        return "territory/unit";
    }

    /** One new commune and the old communes (with their old district) it was formed from. */
    record Change(String newCode, String newName, Long newPopulation, List<OldPart> parts) {
    }

    record OldPart(String code, String name, String districtName, String kind) {
    }

    @GetMapping("/reorganisation")
    String reorganisation(@RequestParam(required = false) String q, Model model) {
        LocalDate effective = territory.latestReorganisation().orElseThrow(() -> new NotFoundException("no reorganisation on record"));
        LocalDate dayBefore = effective.minusDays(1);
        Map<String, AdminUnit> old = territory.units(dayBefore, null, null).stream()
                .collect(Collectors.toMap(AdminUnit::code, Function.identity()));
        Map<String, AdminUnit> current = territory.units(effective, "commune", null).stream()
                .collect(Collectors.toMap(AdminUnit::code, Function.identity()));
        Map<String, List<UnitMapping>> byNew = territory.reorganisation(effective).stream()
                .filter(m -> current.containsKey(m.newCode()))
                .collect(Collectors.groupingBy(UnitMapping::newCode, LinkedHashMap::new, Collectors.toList()));
        String folded = q == null ? "" : fold(q);
        List<Change> changes = byNew.entrySet().stream().map(e -> new Change(e.getKey(), current.get(e.getKey()).name(),
                        current.get(e.getKey()).population(), e.getValue().stream().map(m -> {
                            AdminUnit o = old.get(m.oldCode());
                            AdminUnit district = o == null ? null : old.get(o.parentCode());
                            return new OldPart(m.oldCode(), o == null ? m.oldName() : o.name(),
                                    district == null ? "" : district.name(), m.kind());
                        }).toList()))
                .filter(c -> folded.isEmpty() || fold(c.newName()).contains(folded)
                        || c.parts().stream().anyMatch(p -> fold(p.name()).contains(folded) || fold(p.districtName()).contains(folded)))
                .toList();
        model.addAttribute("changes", changes);
        model.addAttribute("q", q);
        model.addAttribute("effective", effective);
        model.addAttribute("oldCount", changes.stream().mapToInt(c -> c.parts().size()).sum());
        return "territory/reorganisation";
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }

    /** Pages answer 404 with the error page; the API's problem details are for REST controllers. */
    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
