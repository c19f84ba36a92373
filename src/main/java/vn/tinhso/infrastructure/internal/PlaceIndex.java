package vn.tinhso.infrastructure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** A grid of 0.05° buckets over places, to find the places near a point without testing them all. */
final class PlaceIndex {

    private static final double BUCKET = 0.05;

    private final List<CoverageModel.Place> places;
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    PlaceIndex(List<CoverageModel.Place> places) {
        this.places = places;
        for (int i = 0; i < places.size(); i++) {
            CoverageModel.Place p = places.get(i);
            buckets.computeIfAbsent(key(row(p.latitude()), column(p.longitude())), k -> new ArrayList<>()).add(i);
        }
    }

    private static long row(double lat) {
        return (long) Math.floor(lat / BUCKET);
    }

    private static long column(double lon) {
        return (long) Math.floor(lon / BUCKET);
    }

    private static long key(long row, long column) {
        return row * 1_000_003L + column;
    }

    /** Calls back with the index of every place within {@code km} of the point. */
    void within(double lat, double lon, double km, IntConsumer found) {
        double dLat = km / Geo.KM_PER_DEGREE_LAT;
        double dLon = km / (Geo.KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat)));
        for (long r = row(lat - dLat); r <= row(lat + dLat); r++)
            for (long c = column(lon - dLon); c <= column(lon + dLon); c++) {
                List<Integer> bucket = buckets.get(key(r, c));
                if (bucket == null) continue;
                for (int i : bucket) {
                    CoverageModel.Place p = places.get(i);
                    if (Geo.km(lat, lon, p.latitude(), p.longitude()) <= km) found.accept(i);
                }
            }
    }
}
