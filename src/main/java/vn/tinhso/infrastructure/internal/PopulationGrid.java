package vn.tinhso.infrastructure.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;

import vn.tinhso.territory.AdminUnit;

/**
 * The census population of communes that have no village points, spread evenly over the H3 hexagons around the
 * commune's point that lie nearer to it than to any other commune's point (the territory holds commune points, not
 * polygons, so the nearest point stands in for the boundary, as in {@link CommuneLocator}). Each hexagon becomes a
 * place of the coverage model, named by its H3 address.
 */
final class PopulationGrid {

    /** Rings of hexagons around a commune's point: 127 hexagons, about 94 km², more than most communes. */
    static final int RINGS = 6;

    private PopulationGrid() {
    }

    static List<CoverageModel.Place> places(Collection<AdminUnit> communes, Set<String> communesWithVillages) {
        H3Core h3 = Hexagons.h3();
        List<AdminUnit> located = communes.stream().filter(u -> u.latitude() != null && u.longitude() != null).toList();
        List<CoverageModel.Place> out = new ArrayList<>();
        for (AdminUnit commune : located) {
            if (communesWithVillages.contains(commune.code()) || commune.population() == null || commune.population() <= 0) continue;
            String centre = h3.latLngToCellAddress(commune.latitude(), commune.longitude(), Hexagons.RESOLUTION);
            List<LatLng> mine = new ArrayList<>();
            List<String> addresses = new ArrayList<>();
            for (String hex : h3.gridDisk(centre, RINGS)) {
                LatLng c = h3.cellToLatLng(hex);
                if (hex.equals(centre) || nearest(located, c) == commune) {
                    mine.add(c);
                    addresses.add(hex);
                }
            }
            long people = commune.population();
            for (int i = 0; i < mine.size(); i++) {
                long share = people / mine.size() + (i < people % mine.size() ? 1 : 0);
                out.add(new CoverageModel.Place(addresses.get(i), commune.code(), mine.get(i).lat, mine.get(i).lng, share));
            }
        }
        return out;
    }

    private static AdminUnit nearest(List<AdminUnit> communes, LatLng point) {
        AdminUnit best = null;
        double bestKm = Double.MAX_VALUE;
        for (AdminUnit u : communes) {
            double km = Geo.km(point.lat, point.lng, u.latitude(), u.longitude());
            if (km < bestKm) {
                bestKm = km;
                best = u;
            }
        }
        return best;
    }
}
