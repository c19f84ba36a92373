package vn.tinhso.infrastructure.internal;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Places in a grid of latitude/longitude buckets, stored flat (one array per coordinate, sorted by bucket), to find the
 * places a circle or a sector reaches without testing them all. Distances are great-circle distances on a sphere of
 * the Earth's mean radius, tested as a dot product of unit vectors: exact on that sphere (PostGIS's geography with
 * {@code use_spheroid = false} answers the same question) and cheaper than any distance formula.
 */
final class PlaceIndex {

    static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double BUCKET = 0.05;
    private static final int MAX_BUCKETS = 4_000_000;
    /** Points closer than this (≈ 6 mm) to a site count as under it whatever the sector's direction. */
    private static final double SAME_POINT = 1e-18;

    private final int size;
    private final double bucket, minLat, minLon;
    private final int rows, columns;
    private final int[] start, order;
    private final double[] sinLat, cosLat, sinLon, cosLon;

    PlaceIndex(List<CoverageModel.Place> places) {
        size = places.size();
        double loLat = 90, hiLat = -90, loLon = 180, hiLon = -180;
        for (CoverageModel.Place p : places) {
            loLat = Math.min(loLat, p.latitude());
            hiLat = Math.max(hiLat, p.latitude());
            loLon = Math.min(loLon, p.longitude());
            hiLon = Math.max(hiLon, p.longitude());
        }
        if (size == 0) loLat = hiLat = loLon = hiLon = 0;
        minLat = loLat;
        minLon = loLon;
        bucket = Math.max(BUCKET, Math.sqrt((hiLat - loLat + BUCKET) * (hiLon - loLon + BUCKET) / MAX_BUCKETS));
        rows = (int) ((hiLat - loLat) / bucket) + 1;
        columns = (int) ((hiLon - loLon) / bucket) + 1;
        start = new int[rows * columns + 1];
        int[] bucketOf = new int[size];
        for (int i = 0; i < size; i++) {
            CoverageModel.Place p = places.get(i);
            bucketOf[i] = row(p.latitude()) * columns + column(p.longitude());
            start[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < rows * columns; b++) start[b + 1] += start[b];
        int[] next = start.clone();
        order = new int[size];
        sinLat = new double[size];
        cosLat = new double[size];
        sinLon = new double[size];
        cosLon = new double[size];
        for (int i = 0; i < size; i++) {
            int k = next[bucketOf[i]]++;
            CoverageModel.Place p = places.get(i);
            order[k] = i;
            double phi = Math.toRadians(p.latitude()), lambda = Math.toRadians(p.longitude());
            sinLat[k] = Math.sin(phi);
            cosLat[k] = Math.cos(phi);
            sinLon[k] = Math.sin(lambda);
            cosLon[k] = Math.cos(lambda);
        }
    }

    private int row(double lat) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((lat - minLat) / bucket)));
    }

    private int column(double lon) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((lon - minLon) / bucket)));
    }

    /** Calls back with the index of every place within {@code km} of the point. */
    void within(double lat, double lon, double km, IntConsumer found) {
        reached(lat, lon, km, null, 180, found);
    }

    /**
     * Calls back with the index of every place within {@code km} of the site and, when {@code azimuth} is given, whose
     * initial great-circle bearing from the site is within {@code halfWidth} degrees of it.
     */
    void reached(double lat, double lon, double km, Double azimuth, double halfWidth, IntConsumer found) {
        if (size == 0) return;
        double delta = Math.min(Math.PI, km / EARTH_RADIUS_KM);
        double cosDelta = Math.cos(delta);
        double dLat = Math.toDegrees(delta);
        double farthestLat = Math.abs(lat) + dLat;
        double dLon = farthestLat >= 89.9 ? 360 : Math.toDegrees(delta) / Math.cos(Math.toRadians(farthestLat)) * 1.0001 + 1e-9;
        double phi = Math.toRadians(lat), lambda = Math.toRadians(lon);
        double sPhi = Math.sin(phi), cPhi = Math.cos(phi), sLambda = Math.sin(lambda), cLambda = Math.cos(lambda);
        boolean sector = azimuth != null && halfWidth < 180;
        double sAz = sector ? Math.sin(Math.toRadians(azimuth)) : 0, cAz = sector ? Math.cos(Math.toRadians(azimuth)) : 0;
        double cHalf = Math.cos(Math.toRadians(halfWidth));
        int r0 = row(lat - dLat), r1 = row(lat + dLat), c0 = column(lon - dLon), c1 = column(lon + dLon);
        for (int r = r0; r <= r1; r++) {
            int from = start[r * columns + c0], to = start[r * columns + c1 + 1];
            for (int k = from; k < to; k++) {
                double cosDLambda = cLambda * cosLon[k] + sLambda * sinLon[k];
                if (cPhi * cosLat[k] * cosDLambda + sPhi * sinLat[k] < cosDelta) continue;
                if (sector) {
                    double sinDLambda = sinLon[k] * cLambda - cosLon[k] * sLambda;
                    double east = sinDLambda * cosLat[k];
                    double north = cPhi * sinLat[k] - sPhi * cosLat[k] * cosDLambda;
                    double length2 = east * east + north * north;
                    if (length2 > SAME_POINT && east * sAz + north * cAz < cHalf * Math.sqrt(length2)) continue;
                }
                found.accept(order[k]);
            }
        }
    }
}
