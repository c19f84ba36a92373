package vn.tinhso.indicators.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportRow;
import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.internal.ExternalCodes.Kind;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/**
 * Translates the identifiers of a DHIS2 or ADX file into ours, for one import: first the source's mapping table, then
 * our own codes, then (with the id scheme {@code NAME}) our names. DHIS2's id schemes name what the file's identifiers
 * are: {@code UID} (we have no uids: the mapping table translates them; our own codes are still recognised),
 * {@code CODE} (the default here) or {@code NAME} (our element and unit names also match); given as import options ({@code idScheme=uid}, {@code dataElementIdScheme=name},
 * {@code orgUnitIdScheme=code}) or on the data value set, as DHIS2 allows. What nothing translates stays as written,
 * so the row checks report it, and is noted for the mapping page.
 */
@Component
class ExternalIds {

    static final String ID_SCHEME = "idScheme";
    static final String ELEMENT_SCHEME = "dataElementIdScheme";
    static final String UNIT_SCHEME = "orgUnitIdScheme";
    static final Set<String> DEFAULT_COMBOS = Set.of("HllvX50cXC0", "default");

    private final CodeMappings mappings;
    private final PackCatalog catalog;
    private final Territory territory;

    ExternalIds(CodeMappings mappings, PackCatalog catalog, Territory territory) {
        this.mappings = mappings;
        this.catalog = catalog;
        this.territory = territory;
    }

    /** The scheme an option names for {@code which} ({@code dataElementIdScheme=name}), else the general {@code idScheme}. */
    static String scheme(Map<String, String> given, String which) {
        String scheme = given.getOrDefault(which, given.get(ID_SCHEME));
        return scheme == null ? "CODE" : scheme.trim().toUpperCase(Locale.ROOT);
    }

    /** The {@code name=value} options of the request. */
    static Map<String, String> valued(Set<String> options) {
        Map<String, String> valued = new HashMap<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq > 0) valued.put(o.substring(0, eq), o.substring(eq + 1));
        }
        return valued;
    }

    Translation forImport(String source, Map<String, String> options) {
        Map<Kind, Map<String, String>> tables = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) tables.put(kind, mappings.of(source, kind));
        return new Translation(source, options, tables);
    }

    final class Translation {

        private final String source;
        private final Map<String, String> options;
        private final Map<Kind, Map<String, String>> tables;
        private final Map<Kind, Set<String>> unmapped = new EnumMap<>(Kind.class);
        private Map<String, String> unitsByName;

        private Translation(String source, Map<String, String> options, Map<Kind, Map<String, String>> tables) {
            this.source = source;
            this.options = options;
            this.tables = tables;
        }

        /**
         * A row as the readers give it (the file's identifiers; {@code combo} and {@code attributeCombo} for DHIS2's
         * option combos; set-level schemes as {@code scheme.*}) in our codes and the kind's columns.
         */
        ImportRow translate(ImportRow raw) {
            Map<String, String> given = new HashMap<>();
            for (String key : List.of(ID_SCHEME, ELEMENT_SCHEME, UNIT_SCHEME))
                if (raw.text("scheme." + key) != null) given.put(key, raw.text("scheme." + key));
            given.putAll(options);
            Map<String, String> out = new LinkedHashMap<>(raw.values());
            out.keySet().removeIf(k -> k.startsWith("scheme.") || k.equals("combo") || k.equals("attributeCombo"));
            out.put("element", element(raw.text("element"), scheme(given, ELEMENT_SCHEME)));
            out.put("unit", unit(raw.text("unit"), scheme(given, UNIT_SCHEME)));
            out.put("disaggregation", disaggregation(raw.text("disaggregation"), raw.text("combo"), raw.text("attributeCombo")));
            out.put("status", status(raw.text("status")));
            return new ImportRow(raw.line(), out);
        }

        /** Writes down the identifiers nothing translated, for the mapping page. */
        void noteUnmapped() {
            unmapped.forEach((kind, ids) -> mappings.noteUnmapped(source, kind, ids));
            unmapped.clear();
        }

        private String element(String id, String scheme) {
            if (id == null) return null;
            String mapped = tables.get(Kind.ELEMENT).get(id);
            if (mapped != null) return mapped;
            if (catalog.element(id).isPresent()) return id;
            if (scheme.equals("NAME")) {
                for (DataElement e : catalog.elements())
                    if (e.name().vi().equalsIgnoreCase(id.trim()) || id.trim().equalsIgnoreCase(e.name().en())) return e.code();
            }
            return missing(Kind.ELEMENT, id);
        }

        private String unit(String id, String scheme) {
            if (id == null) return null;
            String mapped = tables.get(Kind.UNIT).get(id);
            if (mapped != null) return mapped;
            if (id.matches("\\d+")) return id;
            if (scheme.equals("NAME")) {
                String named = unitsByName().get(NameSimilarity.words(id).toString());
                if (named != null && !named.isEmpty()) return named;
            }
            return missing(Kind.UNIT, id);
        }

        /** Units by their name without diacritics; a name two units share maps to "" (ambiguous). */
        private Map<String, String> unitsByName() {
            if (unitsByName == null) {
                unitsByName = new HashMap<>();
                List<AdminUnit> units = new java.util.ArrayList<>(territory.units(LocalDate.now(), null, null));
                territory.latestReorganisation().ifPresent(d -> units.addAll(territory.units(d.minusDays(1), null, null)));
                Map<String, String> seen = new HashMap<>();
                for (AdminUnit u : units) {
                    String key = NameSimilarity.words(u.name()).toString();
                    String before = seen.putIfAbsent(key, u.code());
                    unitsByName.put(key, before == null || before.equals(u.code()) ? u.code() : "");
                }
            }
            return unitsByName;
        }

        private String disaggregation(String written, String combo, String attributeCombo) {
            Map<String, String> pairs = new TreeMap<>();
            StringBuilder untranslated = new StringBuilder();
            if (written != null) {
                for (String pair : written.split(";")) {
                    String mapped = tables.get(Kind.COMBO).get(pair.trim());
                    add(pairs, untranslated, mapped != null ? mapped : pair.trim());
                }
            }
            add(pairs, untranslated, combo(Kind.COMBO, combo));
            add(pairs, untranslated, combo(Kind.ATTRIBUTE_COMBO, attributeCombo));
            String ours = DataValuesImportKind.canonical(pairs);
            return untranslated.isEmpty() ? ours : ours + (ours.isEmpty() ? "" : ";") + untranslated;
        }

        private String combo(Kind kind, String id) {
            if (id == null || DEFAULT_COMBOS.contains(id)) return null;
            String mapped = tables.get(kind).get(id);
            if (mapped != null) return mapped;
            return id.contains("=") ? id : missing(kind, id);
        }

        /** Pairs in our notation go into the disaggregation; anything else is kept apart for the checks to name. */
        private static void add(Map<String, String> pairs, StringBuilder untranslated, String text) {
            if (text == null || text.isBlank()) return;
            for (String pair : text.split(";")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && !kv[0].isBlank() && !kv[1].isBlank()) pairs.put(kv[0].trim(), kv[1].trim());
                else untranslated.append(untranslated.isEmpty() ? "" : ";").append(pair.trim());
            }
        }

        private String status(String id) {
            if (id == null) return null;
            String mapped = tables.get(Kind.STATUS).get(id);
            if (mapped != null) return mapped;
            return ValueStatus.of(id).map(Enum::name).orElseGet(() -> missing(Kind.STATUS, id));
        }

        private String missing(Kind kind, String id) {
            if (unmapped.values().stream().mapToInt(Set::size).sum() < 10_000)
                unmapped.computeIfAbsent(kind, k -> ConcurrentHashMap.newKeySet()).add(id);
            return id;
        }
    }
}
