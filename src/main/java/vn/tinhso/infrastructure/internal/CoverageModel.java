package vn.tinhso.infrastructure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

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
        int parts = parts(cells.size(), Runtime.getRuntime().availableProcessors());
        int size = (cells.size() + parts - 1) / parts;
        List<Partial> partials = IntStream.range(0, parts).parallel()
                .mapToObj(p -> partial(cells.subList(Math.min(cells.size(), p * size), Math.min(cells.size(), (p + 1) * size)), index, places))
                .toList();
        Partial all = partials.get(0);
        for (Partial p : partials.subList(1, partials.size())) all.add(p);
        Map<String, byte[]> byOperator = new LinkedHashMap<>(new TreeMap<>(all.byOperator()));
        Map<Method, Integer> methods = new LinkedHashMap<>(all.methods());
        Map<Clutter, Integer> clutters = new LinkedHashMap<>(all.clutters());
        return new Result(places, all.best(), byOperator, methods, clutters);
    }

    /**
     * Below this many cells one thread does the work; above it the cells are split across the cores, each part
     * marking its own copy of the tiers, and the copies are merged by taking the higher tier (the order of the cells
     * does not matter for a maximum, so the answer is the same as one thread's).
     */
    static final int PARALLEL_FROM = 2_000;

    /** How many parts the cells are split into: one per core, each of at least half {@link #PARALLEL_FROM} cells. */
    static int parts(int cells, int cores) {
        return cells < PARALLEL_FROM ? 1 : Math.max(1, Math.min(cores, cells / (PARALLEL_FROM / 2)));
    }

    private record Partial(byte[] best, Map<String, byte[]> byOperator, EnumMap<Method, Integer> methods, EnumMap<Clutter, Integer> clutters) {
        void add(Partial other) {
            max(best, other.best);
            other.byOperator.forEach((mnc, tiers) -> {
                byte[] mine = byOperator.putIfAbsent(mnc, tiers);
                if (mine != null) max(mine, tiers);
            });
            other.methods.forEach((k, v) -> methods.merge(k, v, Integer::sum));
            other.clutters.forEach((k, v) -> clutters.merge(k, v, Integer::sum));
        }

        private static void max(byte[] into, byte[] from) {
            for (int i = 0; i < into.length; i++) if (from[i] > into[i]) into[i] = from[i];
        }
    }

    private static Partial partial(List<Cell> cells, PlaceIndex index, List<Place> places) {
        Partial out = new Partial(new byte[places.size()], new LinkedHashMap<>(), new EnumMap<>(Method.class), new EnumMap<>(Clutter.class));
        byte[] best = out.best();
        for (Cell c : cells) {
            Footprint f = footprint(c, index, places);
            out.methods().merge(f.method(), 1, Integer::sum);
            if (f.clutter() != null) out.clutters().merge(f.clutter(), 1, Integer::sum);
            byte tier = (byte) tier(c.technology());
            byte[] op = out.byOperator().computeIfAbsent(c.mnc(), k -> new byte[places.size()]);
            index.reached(c.latitude(), c.longitude(), f.radiusKm(), f.azimuth(), BEAMWIDTH / 2, i -> {
                if (best[i] < tier) best[i] = tier;
                if (op[i] < tier) op[i] = tier;
            });
        }
        return out;
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
        return siting(coverage.places(), coverage.best(), tier(Technology.G4), budget, radiusKm);
    }

    /**
     * The same search for any tier and any set of tiers per place: the best operator's ({@link Result#best()}) or one
     * operator's ({@link Result#bestByOperator()}); a place counts as uncovered when its tier is below {@code tier}.
     */
    public static List<Proposal> siting(List<Place> places, byte[] tiers, int tier, int budget, double radiusKm) {
        PlaceIndex index = new PlaceIndex(places);
        boolean[] reached = new boolean[places.size()];
        H3Core h3 = Hexagons.h3();
        TreeSet<String> hexagons = new TreeSet<>();
        for (int i = 0; i < places.size(); i++) {
            reached[i] = tiers[i] >= tier;
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

    /** The places below {@code tier} that at least one of the sites reaches within {@code radiusKm}. */
    public static boolean[] newlyReached(List<Place> places, byte[] tiers, int tier, List<Proposal> sites, double radiusKm) {
        PlaceIndex index = new PlaceIndex(places);
        boolean[] out = new boolean[places.size()];
        for (Proposal site : sites)
            index.within(site.latitude(), site.longitude(), radiusKm, i -> {
                if (tiers[i] < tier) out[i] = true;
            });
        return out;
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
