package vn.tinhso.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/** The mapping tables with their checks (a mapping names a code of ours) and suggestions for unmapped identifiers. */
@Service
class ExternalCodesService implements ExternalCodes {

    private static final int SUGGESTIONS = 3;

    private final CodeMappings mappings;
    private final PackCatalog catalog;
    private final Territory territory;

    ExternalCodesService(CodeMappings mappings, PackCatalog catalog, Territory territory) {
        this.mappings = mappings;
        this.catalog = catalog;
        this.territory = territory;
    }

    @Override
    public List<String> sources() {
        return mappings.sources();
    }

    @Override
    public List<Mapping> mappings(String source) {
        return mappings.list(source);
    }

    @Override
    public List<Unmapped> unmapped(String source) {
        Map<Kind, List<Candidate>> candidates = new java.util.EnumMap<>(Kind.class);
        return mappings.unmapped(source).stream()
                .map(seen -> new Unmapped(seen.source(), seen.kind(), seen.externalId(), seen.lastSeen(),
                        suggest(seen.externalId(), candidates.computeIfAbsent(seen.kind(), this::candidates))))
                .toList();
    }

    @Override
    @Transactional
    public Mapping put(String source, Kind kind, String externalId, String code, String user) {
        if (CodeMappings.sourceKey(source).isEmpty()) throw new IllegalArgumentException("name the source whose identifier this is");
        if (externalId == null || externalId.isBlank()) throw new IllegalArgumentException("give the source's identifier");
        String ours = code == null ? "" : code.trim();
        if (!valid(kind, ours))
            throw new IllegalArgumentException("'" + ours + "' is not " + switch (kind) {
                case ELEMENT -> "a data element code";
                case UNIT -> "an administrative unit's GSO code";
                case COMBO, ATTRIBUTE_COMBO -> "a disaggregation of ours (category=option;…, empty for none)";
                case STATUS -> "one of " + List.of(ValueStatus.values());
            });
        mappings.put(source, kind, externalId.trim(), kind == Kind.STATUS ? ours.toUpperCase(java.util.Locale.ROOT) : ours, user);
        return mappings.list(source).stream().filter(m -> m.kind() == kind && m.externalId().equals(externalId.trim())).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public boolean delete(String source, Kind kind, String externalId) {
        return mappings.delete(source, kind, externalId);
    }

    private boolean valid(Kind kind, String code) {
        return switch (kind) {
            case ELEMENT -> catalog.element(code).isPresent();
            case UNIT -> candidates(Kind.UNIT).stream().anyMatch(c -> c.code().equals(code));
            case STATUS -> List.of(ValueStatus.values()).stream().anyMatch(s -> s.name().equalsIgnoreCase(code));
            case COMBO, ATTRIBUTE_COMBO -> {
                try {
                    Map<String, String> pairs = DataValuesImportKind.disaggregation(code);
                    yield pairs.entrySet().stream().allMatch(p -> catalog.elements().stream()
                            .anyMatch(e -> e.categories().getOrDefault(p.getKey(), List.of()).contains(p.getValue())));
                } catch (IllegalArgumentException e) {
                    yield false;
                }
            }
        };
    }

    private record Candidate(String code, String label, List<String> names) {
    }

    /** Our codes an identifier may stand for: elements, units of today and of before the last reorganisation, options, statuses. */
    private List<Candidate> candidates(Kind kind) {
        return switch (kind) {
            case ELEMENT -> catalog.elements().stream()
                    .map(e -> new Candidate(e.code(), e.code() + " — " + e.name().vi(), List.of(e.name().vi(), e.name().en() == null ? "" : e.name().en())))
                    .toList();
            case UNIT -> {
                Map<String, AdminUnit> units = new LinkedHashMap<>();
                territory.units(LocalDate.now(), null, null).forEach(u -> units.putIfAbsent(u.code(), u));
                territory.latestReorganisation().ifPresent(d -> territory.units(d.minusDays(1), null, null).forEach(u -> units.putIfAbsent(u.code(), u)));
                yield units.values().stream().map(u -> new Candidate(u.code(), u.code() + " — " + u.name() + " (" + u.level() + ")",
                        List.of(u.name(), u.nameAscii() == null ? "" : u.nameAscii()))).toList();
            }
            case COMBO, ATTRIBUTE_COMBO -> {
                Map<String, Candidate> options = new LinkedHashMap<>();
                for (DataElement e : catalog.elements())
                    e.categories().forEach((category, values) -> values.forEach(o ->
                            options.putIfAbsent(category + "=" + o, new Candidate(category + "=" + o, category + "=" + o, List.of(category + " " + o)))));
                yield List.copyOf(options.values());
            }
            case STATUS -> List.of(ValueStatus.values()).stream()
                    .map(s -> new Candidate(s.name(), s.name(), List.of(s.name(), switch (s) {
                        case ESTIMATE -> "estimated est uoc tinh";
                        case PRELIMINARY -> "provisional preliminary so bo";
                        case OFFICIAL -> "official final chinh thuc";
                    }))).toList();
        };
    }

    private static List<Suggestion> suggest(String external, List<Candidate> candidates) {
        List<Suggestion> found = new ArrayList<>();
        String digits = external.replaceAll("\\D+", " ").trim();
        for (Candidate c : candidates) {
            if (NameSimilarity.sameCode(external, c.code()) || (!digits.isEmpty() && List.of(digits.split(" ")).contains(c.code()) && c.code().matches("\\d+"))) {
                found.add(new Suggestion(c.code(), c.label(), "sameCode", 1.0));
                continue;
            }
            double score = NameSimilarity.score(external, c.code(), c.names());
            if (score >= 0.5) found.add(new Suggestion(c.code(), c.label(), "similarName", score));
        }
        return found.stream()
                .sorted(Comparator.comparing((Suggestion s) -> !s.reason().equals("sameCode")).thenComparing(Suggestion::score, Comparator.reverseOrder())
                        .thenComparing(s -> s.label().length()))
                .limit(SUGGESTIONS).toList();
    }
}
