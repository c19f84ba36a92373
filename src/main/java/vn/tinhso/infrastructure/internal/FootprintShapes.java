package vn.tinhso.infrastructure.internal;

import java.util.ArrayList;
import java.util.List;

/** The outline of a cell's footprint as a GeoJSON ring of [lon, lat]: a sector from the site where the azimuth is known, a circle otherwise. */
public final class FootprintShapes {

    private static final int CIRCLE_VERTICES = 36;
    private static final double SECTOR_STEP = 10;

    private FootprintShapes() {
    }

    public static List<List<Double>> ring(double lat, double lon, double radiusKm, Double azimuth) {
        List<List<Double>> ring = new ArrayList<>();
        if (azimuth == null) {
            for (int i = 0; i <= CIRCLE_VERTICES; i++) ring.add(destination(lat, lon, radiusKm, 360.0 * (i % CIRCLE_VERTICES) / CIRCLE_VERTICES));
            return ring;
        }
        ring.add(List.of(lon, lat));
        double half = CoverageModel.BEAMWIDTH / 2;
        for (double a = -half; a < half; a += SECTOR_STEP) ring.add(destination(lat, lon, radiusKm, azimuth + a));
        ring.add(destination(lat, lon, radiusKm, azimuth + half));
        ring.add(List.of(lon, lat));
        return ring;
    }

    /** The point {@code km} away along the great circle leaving at {@code bearing} degrees, as [lon, lat]. */
    static List<Double> destination(double lat, double lon, double km, double bearing) {
        double d = km / PlaceIndex.EARTH_RADIUS_KM, b = Math.toRadians(bearing);
        double phi = Math.toRadians(lat), lambda = Math.toRadians(lon);
        double phi2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(b));
        double lambda2 = lambda + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(phi), Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
        return List.of(Math.round(Math.toDegrees(lambda2) * 1e6) / 1e6, Math.round(Math.toDegrees(phi2) * 1e6) / 1e6);
    }
}
