package vn.tinhso.infrastructure.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Village;

/** Runs the coverage model on the registry and the villages, and publishes the results as indicator values. */
@Service
public class CoverageService {

    private static final Logger log = LoggerFactory.getLogger(CoverageService.class);
    private static final int YEARS_PUBLISHED = 10;

    /** Where a recomputation stands, for the page: years done out of years to do, and how long the last one took. */
    public record Progress(String state, int done, int total, Instant startedAt, Instant finishedAt, String error) {
        public int percent() {
            return total == 0 ? 0 : 100 * done / total;
        }
    }

    private final Registry registry;
    private final Territory territory;
    private final DataValues values;
    private final String province;
    private final double householdSize;
    private volatile Progress progress = new Progress("idle", 0, 0, null, null, null);

    CoverageService(Registry registry, Territory territory, DataValues values, @Value("${tinhso.province}") String province,
                    @Value("${tinhso.infrastructure.household-size:" + HouseholdsOnFibre.HOUSEHOLD_SIZE + "}") double householdSize) {
        this.registry = registry;
        this.householdSize = householdSize;
        this.territory = territory;
        this.values = values;
        this.province = province;
    }

    private final Map<LocalDate, Coverage> recent = new java.util.concurrent.ConcurrentHashMap<>();

    /** The coverage on a date, from the last run for that date unless an import has changed the inputs since. */
    public Coverage cached(LocalDate asOf) {
        if (recent.size() > 32) recent.clear();
        return recent.computeIfAbsent(asOf, this::coverage);
    }

    public Progress progress() {
        return progress;
    }

    public String province() {
        return province;
    }

    public static LocalDate today() {
        return LocalDate.now(OpenCellIdImportKind.VIETNAM);
    }

    List<CoverageModel.Place> places(List<Village> villages) {
        return villages.stream().filter(v -> v.latitude() != null && v.longitude() != null)
                .map(v -> new CoverageModel.Place(v.code(), v.communeCode(), v.latitude(), v.longitude(),
                        v.population() == null ? 0 : v.population()))
                .toList();
    }

    /**
     * One model run on a date: the villages with a position come first among the places (same order), then an H3 grid
     * of the census population of the communes that have none.
     */
    record Run(List<Village> villages, List<CoverageModel.Place> places, List<CoverageModel.Cell> cells, CoverageModel.Result result) {
    }

    Run run(LocalDate asOf) {
        List<Village> villages = territory.villages(province, asOf).stream().filter(v -> v.latitude() != null && v.longitude() != null).toList();
        List<CoverageModel.Place> places = new ArrayList<>(places(villages));
        Set<String> withVillages = villages.stream().map(Village::communeCode).collect(Collectors.toSet());
        places.addAll(PopulationGrid.places(territory.units(asOf, "commune", province), withVillages));
        List<CoverageModel.Cell> cells = registry.cellsForCoverage(asOf);
        return new Run(villages, places, cells, CoverageModel.compute(cells, places));
    }

    public Coverage coverage(LocalDate asOf) {
        long started = System.nanoTime();
        Run run = run(asOf);
        List<Village> villages = run.villages();
        List<CoverageModel.Place> places = run.places();
        List<CoverageModel.Cell> cells = run.cells();
        CoverageModel.Result result = run.result();
        Map<String, List<String>> fibre = registry.fibreVillages(asOf);
        Map<String, AdminUnit> communes = territory.units(asOf, "commune", province).stream()
                .collect(Collectors.toMap(AdminUnit::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        long[] atLeast = new long[4];
        for (int t = 0; t < 4; t++) atLeast[t] = result.populationAtLeast(t + 1);
        Map<String, long[]> byOperator = new LinkedHashMap<>();
        for (String mnc : result.bestByOperator().keySet().stream().sorted().toList()) {
            long[] p = new long[4];
            for (int t = 0; t < 4; t++) p[t] = result.populationAtLeast(mnc, t + 1);
            byOperator.put(Operators.name(mnc), p);
        }
        Map<String, long[]> perCommune = new LinkedHashMap<>(); // population, population 4G, villages, villages 4G, fibre
        List<Coverage.Gap> gaps = new ArrayList<>();
        int with4g = 0, withFibre = 0;
        Map<String, Long> households = new LinkedHashMap<>();
        for (int i = 0; i < villages.size(); i++) {
            Village v = villages.get(i);
            boolean has4g = result.covered(i, CoverageModel.tier(Technology.G4));
            boolean hasFibre = fibre.containsKey(v.code());
            if (has4g) with4g++;
            if (hasFibre) withFibre++;
            if (v.households() != null) households.merge(v.communeCode(), (long) v.households(), Long::sum);
            long pop = places.get(i).population();
            long[] c = perCommune.computeIfAbsent(v.communeCode(), k -> new long[5]);
            c[0] += pop;
            c[1] += has4g ? pop : 0;
            c[2]++;
            c[3] += has4g ? 1 : 0;
            c[4] += hasFibre ? 1 : 0;
            if (!has4g || !hasFibre) {
                AdminUnit commune = communes.get(v.communeCode());
                gaps.add(new Coverage.Gap(v.code(), v.name(), v.communeCode(), commune == null ? v.communeCode() : commune.name(), pop,
                        result.best()[i], hasFibre, v.latitude(), v.longitude()));
            }
        }
        for (int i = villages.size(); i < places.size(); i++) {
            long[] c = perCommune.computeIfAbsent(places.get(i).communeCode(), k -> new long[5]);
            c[0] += places.get(i).population();
            c[1] += result.covered(i, CoverageModel.tier(Technology.G4)) ? places.get(i).population() : 0;
        }
        gaps.sort(Comparator.comparingLong(Coverage.Gap::population).reversed().thenComparing(Coverage.Gap::village));
        List<Coverage.CommuneCoverage> communeRows = new ArrayList<>();
        perCommune.forEach((code, c) -> {
            AdminUnit u = communes.get(code);
            communeRows.add(new Coverage.CommuneCoverage(code, u == null ? code : u.name(), c[0], c[1], (int) c[2], (int) c[3], (int) c[4],
                    u == null || u.latitude() == null ? 0 : u.latitude(), u == null || u.longitude() == null ? 0 : u.longitude()));
        });
        HouseholdsOnFibre onFibre = HouseholdsOnFibre.of(asOf, registry.broadband(asOf), households, communes, householdSize);
        return new Coverage(asOf, villages.size(), withFibre, with4g, result.population(), atLeast, byOperator, result.methods(),
                result.clutters(), cells.size(), onFibre, communeRows, gaps, (System.nanoTime() - started) / 1_000_000);
    }

    /** A cell's footprint as the model used it on a date. */
    public record CellFootprint(long cell, String mnc, Technology technology, double latitude, double longitude,
                                CoverageModel.Footprint footprint) {
    }

    /** The footprint of every active cell on the date, optionally of one technology and one operator only. */
    public List<CellFootprint> footprints(LocalDate asOf, Technology technology, String mnc) {
        Run run = run(asOf);
        PlaceIndex index = new PlaceIndex(run.places());
        return run.cells().stream()
                .filter(c -> (technology == null || c.technology() == technology) && (mnc == null || c.mnc().equals(mnc)))
                .map(c -> new CellFootprint(c.id(), c.mnc(), c.technology(), c.latitude(), c.longitude(),
                        CoverageModel.footprint(c, index, run.places())))
                .toList();
    }

    /** Proposals for {@code budget} new 4G sites over the H3 grid, on the date. */
    public List<CoverageModel.Proposal> siting(LocalDate asOf, int budget) {
        return CoverageModel.siting(run(asOf).result(), budget, Technology.G4.defaultRangeM() / 1000);
    }

    /** A siting run with what it started from: the people of the places and those already reached at the technology. */
    record Siting(List<CoverageModel.Proposal> sites, double radiusKm, long population, long coveredBefore) {
    }

    /**
     * Proposals for {@code budget} new sites of a technology, each reaching the technology's default radius, counting the
     * coverage of one operator ({@code mnc}) or of the best operator per place (null).
     */
    Siting siting(LocalDate asOf, int budget, Technology technology, String mnc) {
        CoverageModel.Result result = run(asOf).result();
        byte[] tiers = tiers(result, mnc);
        int tier = CoverageModel.tier(technology);
        double radiusKm = technology.defaultRangeM() / 1000;
        long before = 0;
        for (int i = 0; i < tiers.length; i++) if (tiers[i] >= tier) before += result.places().get(i).population();
        return new Siting(CoverageModel.siting(result.places(), tiers, tier, budget, radiusKm), radiusKm, result.population(), before);
    }

    /** The places (by code and commune) below the technology that the sites reach, with their people, on the date. */
    Map<String, Long> newlyReached(LocalDate asOf, Technology technology, String mnc, List<CoverageModel.Proposal> sites, double radiusKm) {
        CoverageModel.Result result = run(asOf).result();
        boolean[] reached = CoverageModel.newlyReached(result.places(), tiers(result, mnc), CoverageModel.tier(technology), sites, radiusKm);
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < reached.length; i++) {
            CoverageModel.Place p = result.places().get(i);
            if (reached[i]) out.merge(p.code() + "@" + p.communeCode(), p.population(), Long::sum);
        }
        return out;
    }

    private static byte[] tiers(CoverageModel.Result result, String mnc) {
        if (mnc == null) return result.best();
        byte[] own = result.bestByOperator().get(mnc);
        return own == null ? new byte[result.places().size()] : own;
    }

    /**
     * Recomputes the figures of each year (the state at the year's end, or today in the current year) and writes them
     * as indicator values. Values are replaced, never added, so running it twice gives the same figures.
     */
    public synchronized int publish() {
        LocalDate today = today();
        int last = today.getYear();
        int first = Math.max(last - YEARS_PUBLISHED + 1, registry.firstCommissioning().map(LocalDate::getYear).orElse(last));
        recent.clear();
        progress = new Progress("running", 0, last - first + 1, Instant.now(), null, null);
        int written = 0;
        try {
            for (int year = first; year <= last; year++) {
                LocalDate asOf = year == last ? today : LocalDate.of(year, 12, 31);
                written += values.write(figures(asOf, Integer.toString(year)), null, Instant.now());
                progress = new Progress("running", year - first + 1, last - first + 1, progress.startedAt(), null, null);
            }
            progress = new Progress("done", last - first + 1, last - first + 1, progress.startedAt(), Instant.now(), null);
            log.info("Infrastructure figures published for {}–{}: {} values new or changed", first, last, written);
            return written;
        } catch (RuntimeException e) {
            progress = new Progress("failed", progress.done(), progress.total(), progress.startedAt(), Instant.now(), e.getMessage());
            throw e;
        }
    }

    List<DataValue> figures(LocalDate asOf, String period) {
        List<DataValue> out = new ArrayList<>();
        for (Registry.CommuneCount c : registry.communeCounts(asOf)) {
            switch (c.what()) {
                case "towers" -> out.add(value("INFRA_TOWERS", "", c.commune(), period, c.count()));
                case "shared" -> out.add(value("INFRA_TOWERS_SHARED", "", c.commune(), period, c.count()));
                default -> out.add(value("INFRA_BTS", "technology=" + radioOption(c.technology()) + ";operator="
                        + Operators.name(c.mnc()).toLowerCase(Locale.ROOT), c.commune(), period, c.count()));
            }
        }
        Coverage coverage = coverage(asOf);
        for (Coverage.CommuneCoverage c : coverage.communes()) {
            out.add(value("INFRA_VILLAGES", "", c.code(), period, c.villages()));
            out.add(value("INFRA_VILLAGES_FIBRE", "", c.code(), period, c.villagesFibre()));
            out.add(value("INFRA_VILLAGES_4G", "", c.code(), period, c.villages4g()));
            out.add(value("INFRA_POPULATION", "", c.code(), period, c.population()));
        }
        // Households on fibre: the latest report on or before the date against the households, with how they were counted.
        for (HouseholdsOnFibre.Commune c : coverage.householdsOnFibre().communes()) {
            if (c.method() == HouseholdsOnFibre.Method.NONE) continue;
            out.add(value("INFRA_HH_FIBRE", "", c.code(), period, c.subscriptions()));
            out.add(value("INFRA_HOUSEHOLDS", "source=" + c.method().name().toLowerCase(Locale.ROOT), c.code(), period, c.households()));
        }
        // Population covered per commune and tier, from a model run on the same inputs.
        Run run = run(asOf);
        List<CoverageModel.Place> places = run.places();
        CoverageModel.Result result = run.result();
        Map<String, long[]> covered = new LinkedHashMap<>();
        for (int i = 0; i < places.size(); i++) {
            long[] c = covered.computeIfAbsent(places.get(i).communeCode(), k -> new long[4]);
            for (int t = 0; t < 4; t++) if (result.best()[i] >= t + 1) c[t] += places.get(i).population();
        }
        covered.forEach((commune, c) -> {
            for (int t = 0; t < 4; t++) out.add(value("INFRA_POP_COVERED", "at_least=g" + (t + 2), commune, period, c[t]));
        });
        return out;
    }

    private static String radioOption(String technology) {
        return switch (technology) {
            case "2G" -> "gsm";
            case "3G" -> "umts";
            case "4G" -> "lte";
            default -> "nr";
        };
    }

    private static DataValue value(String element, String disaggregation, String unit, String period, long value) {
        return new DataValue(element, disaggregation, unit, period, BigDecimal.valueOf(value), ValueStatus.OFFICIAL);
    }
}
