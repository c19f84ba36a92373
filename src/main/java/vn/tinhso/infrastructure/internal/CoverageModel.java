package vn.tinhso.infrastructure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.TreeSet;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;

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
     * Greedy maximum coverage over the H3 grid: {@code budget} new 4G sites at the centres of resolution-8 hexagons
     * (those holding people without 4G, and their neighbours), each chosen to reach the most people not yet reached at
     * 4G (by the model or by the sites chosen before it) within {@code radiusKm}. The gains only shrink as sites are
     * added, so a candidate's last gain bounds its next one and most candidates are not recounted (lazy greedy); ties go
     * to the smaller H3 address, so the answer does not depend on the order of the places.
     */
    public static List<Proposal> siting(Result coverage, int budget, double radiusKm) {
        List<Place> places = coverage.places();
        PlaceIndex index = new PlaceIndex(places);
        boolean[] reached = new boolean[places.size()];
        int g4 = tier(Technology.G4);
        H3Core h3 = Hexagons.h3();
        TreeSet<String> hexagons = new TreeSet<>();
        for (int i = 0; i < places.size(); i++) {
            reached[i] = coverage.covered(i, g4);
            if (reached[i] || places.get(i).population() <= 0) continue;
            Place p = places.get(i);
            hexagons.addAll(h3.gridDisk(h3.latLngToCellAddress(p.latitude(), p.longitude(), Hexagons.RESOLUTION), 1));
        }
        record Candidate(String hex, double latitude, double longitude, long gain, int round) {
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingLong(Candidate::gain).reversed()
                .thenComparing(Candidate::hex));
        for (String hex : hexagons) {
            LatLng c = h3.cellToLatLng(hex);
            queue.add(new Candidate(hex, c.lat, c.lng, gain(index, places, reached, c.lat, c.lng, radiusKm), 0));
        }
        List<Proposal> chosen = new ArrayList<>();
        while (chosen.size() < budget && !queue.isEmpty()) {
            Candidate top = queue.poll();
            if (top.gain() <= 0) break;
            if (top.round() < chosen.size()) {
                queue.add(new Candidate(top.hex(), top.latitude(), top.longitude(),
                        gain(index, places, reached, top.latitude(), top.longitude(), radiusKm), chosen.size()));
                continue;
            }
            int[] nearest = {-1};
            double[] nearestKm = {Double.MAX_VALUE};
            index.within(top.latitude(), top.longitude(), radiusKm, i -> {
                reached[i] = true;
                double km = Geo.km(top.latitude(), top.longitude(), places.get(i).latitude(), places.get(i).longitude());
                if (km < nearestKm[0]) {
                    nearestKm[0] = km;
                    nearest[0] = i;
                }
            });
            Place near = places.get(nearest[0]);
            chosen.add(new Proposal(chosen.size() + 1, top.latitude(), top.longitude(), top.hex(), near.code(), near.communeCode(), top.gain()));
        }
        return chosen;
    }

    private static long gain(PlaceIndex index, List<Place> places, boolean[] reached, double lat, double lon, double radiusKm) {
        long[] gain = {0};
        index.within(lat, lon, radiusKm, i -> {
            if (!reached[i]) gain[0] += places.get(i).population();
        });
        return gain[0];
    }

    /** A proposed site: the centre of an H3 hexagon, the place nearest to it, and how many people it adds at 4G. */
    public record Proposal(int rank, double latitude, double longitude, String hexagon, String nearPlace, String communeCode,
                           long peopleAdded) {
    }
}
