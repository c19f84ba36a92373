package vn.tinhso.territory.internal;

import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * No public commune polygons exist, so a commune is drawn as a point inside its district, chosen
 * by a generator seeded with its code: the same commune lands on the same spot on every machine.
 */
final class PointsInside {

    private PointsInside() {
    }

    /** A [lat, lon] pair inside the area, or null when there is no area. */
    static double[] pick(Geometry area, String seed) {
        if (area == null) {
            return null;
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        Envelope box = area.getEnvelopeInternal();
        // SplittableRandom mixes its seed: java.util.Random would line up neighbouring codes in columns.
        SplittableRandom random = new SplittableRandom(seed.hashCode());
        for (int attempt = 0; attempt < 1000; attempt++) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            if (prepared.contains(GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat)))) {
                return new double[] {round(lat), round(lon)};
            }
        }
        var p = area.getInteriorPoint();
        return new double[] {round(p.getY()), round(p.getX())};
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
