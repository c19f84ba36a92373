package vn.tinhso.infrastructure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Which places each cell reaches, modelled without terrain. A cell's footprint is its declared range, else a Hata
 * radius from its technology's link budget and the clutter around the site, else its technology's default; a sector
 * of {@link #BEAMWIDTH}° where the azimuth is known, a circle otherwise. A place counts as covered at a tier by an
 * operator when a cell of that operator and at least that technology reaches it; the best operator per place
 * gives the SDG 9.c.1 figure (a union, not a sum over operators). Distances and bearings are great-circle ones
 * (see {@link PlaceIndex}).
 */
public final class CoverageModel {

    public static final double BEAMWIDTH = 120;
    public static final double DEFAULT_BASE_HEIGHT_M = 30;

    public record Cell(long id, String mnc, Technology technology, double latitude, double longitude, Double rangeM,
                       Double bandMhz, Double azimuth, Double antennaHeightM) {
    }

    public record Place(String code, String communeCode, double latitude, double longitude, long population) {
    }

    public enum Method { DECLARED, HATA, DEFAULT }

    public record Footprint(double radiusKm, Double azimuth, Method method, Clutter clutter) {
    }

    /**
     * The outcome for every place: the best technology tier (0 none, 1 = 2G … 4 = 5G) overall and per operator, and
     * the footprints that were used, counted by method.
     */
    public record Result(List<Place> places, byte[] best, Map<String, byte[]> bestByOperator, Map<Method, Integer> methods,
                         Map<Clutter, Integer> clutters) {

        public long population() {
            return places.stream().mapToLong(Place::population).sum();
        }

        /** People in places reached by at least {@code tier} (1 = 2G … 4 = 5G) from the best operator. */
        public long populationAtLeast(int tier) {
            return sum(best, tier);
        }

        public long populationAtLeast(String mnc, int tier) {
            byte[] b = bestByOperator.get(mnc);
            return b == null ? 0 : sum(b, tier);
        }

        public boolean covered(int place, int tier) {
            return best[place] >= tier;
        }

        private long sum(byte[] tiers, int tier) {
            long total = 0;
            for (int i = 0; i < places.size(); i++) if (tiers[i] >= tier) total += places.get(i).population();
            return total;
        }
    }

    private CoverageModel() {
    }

    public static int tier(Technology t) {
        return t.ordinal() + 1;
    }

    public static Result compute(List<Cell> cells, List<Place> places) {
        PlaceIndex index = new PlaceIndex(places);
        byte[] best = new byte[places.size()];
        Map<String, byte[]> byOperator = new LinkedHashMap<>();
        Map<Method, Integer> methods = new LinkedHashMap<>();
        Map<Clutter, Integer> clutters = new LinkedHashMap<>();
        for (Cell c : cells) {
            Footprint f = footprint(c, index, places);
            methods.merge(f.method(), 1, Integer::sum);
            if (f.clutter() != null) clutters.merge(f.clutter(), 1, Integer::sum);
            byte tier = (byte) tier(c.technology());
            byte[] op = byOperator.computeIfAbsent(c.mnc(), k -> new byte[places.size()]);
            index.reached(c.latitude(), c.longitude(), f.radiusKm(), f.azimuth(), BEAMWIDTH / 2, i -> {
                if (best[i] < tier) best[i] = tier;
                if (op[i] < tier) op[i] = tier;
            });
        }
        return new Result(places, best, byOperator, methods, clutters);
    }

    /** The footprint of one cell, in the order declared range → Hata → default. */
    static Footprint footprint(Cell c, PlaceIndex index, List<Place> places) {
        if (c.rangeM() != null && c.rangeM() > 0)
            return new Footprint(c.rangeM() / 1000, c.azimuth(), Method.DECLARED, null);
        Hata.LinkBudget budget = Hata.budget(c.technology());
        double f = c.bandMhz() != null ? c.bandMhz() : budget.frequencyMhz();
        Clutter clutter = Clutter.ofDensity(density(index, places, c.latitude(), c.longitude()));
        double height = c.antennaHeightM() != null ? c.antennaHeightM() : DEFAULT_BASE_HEIGHT_M;
        OptionalDouble km = Hata.radiusKm(f, height, budget.maximumPathLossDb(), clutter);
        if (km.isPresent()) return new Footprint(km.getAsDouble(), c.azimuth(), Method.HATA, clutter);
        return new Footprint(c.technology().defaultRangeM() / 1000, c.azimuth(), Method.DEFAULT, null);
    }

    static double density(PlaceIndex index, List<Place> places, double lat, double lon) {
        long[] people = {0};
        index.within(lat, lon, Clutter.RADIUS_KM, i -> people[0] += places.get(i).population());
        return people[0] / (Math.PI * Clutter.RADIUS_KM * Clutter.RADIUS_KM);
    }

    /**
     * Greedy maximum coverage: {@code budget} new 4G sites among the candidate points, each chosen to reach the most
     * people not yet reached at 4G (by the model or by the sites chosen before it), within {@code radiusKm}.
     */
    public static List<Proposal> siting(Result coverage, List<Place> candidates, int budget, double radiusKm) {
        List<Place> places = coverage.places();
        PlaceIndex index = new PlaceIndex(places);
        boolean[] reached = new boolean[places.size()];
        for (int i = 0; i < places.size(); i++) reached[i] = coverage.covered(i, tier(Technology.G4));
        List<Proposal> chosen = new ArrayList<>();
        for (int round = 0; round < budget; round++) {
            Place bestSite = null;
            long bestGain = 0;
            for (Place candidate : candidates) {
                long[] gain = {0};
                index.within(candidate.latitude(), candidate.longitude(), radiusKm, i -> {
                    if (!reached[i]) gain[0] += places.get(i).population();
                });
                if (gain[0] > bestGain) {
                    bestGain = gain[0];
                    bestSite = candidate;
                }
            }
            if (bestSite == null) break;
            Place site = bestSite;
            index.within(site.latitude(), site.longitude(), radiusKm, i -> reached[i] = true);
            chosen.add(new Proposal(chosen.size() + 1, site.latitude(), site.longitude(), site.code(), site.communeCode(), bestGain));
        }
        return chosen;
    }

    /** A proposed site: where, near which place, and how many people it adds at 4G. */
    public record Proposal(int rank, double latitude, double longitude, String nearPlace, String communeCode, long peopleAdded) {
    }
}
