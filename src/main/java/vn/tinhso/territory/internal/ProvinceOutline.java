package vn.tinhso.territory.internal;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.territory.ProvinceArea;

/**
 * The union of the province polygons the territory holds: before July 2025 old Bắc Giang and old
 * Bắc Ninh, which together are the new Bắc Ninh. Read once, when the first point is checked.
 */
@Component
class ProvinceOutline implements ProvinceArea {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final double toleranceKm;
    private volatile PreparedGeometry outline;

    ProvinceOutline(JdbcClient jdbc, JsonMapper json, @Value("${tinhso.territory.point-tolerance-km:2}") double toleranceKm) {
        if (toleranceKm < 0) throw new IllegalArgumentException("tinhso.territory.point-tolerance-km cannot be negative");
        this.jdbc = jdbc;
        this.json = json;
        this.toleranceKm = toleranceKm;
    }

    @Override
    public boolean contains(double latitude, double longitude) {
        return kmOutside(latitude, longitude) <= toleranceKm;
    }

    @Override
    public double kmOutside(double latitude, double longitude) {
        PreparedGeometry area = outline();
        Point point = GeoJsonGeometry.FACTORY.createPoint(new Coordinate(longitude, latitude));
        if (area.covers(point)) return 0;
        Coordinate nearest = DistanceOp.nearestPoints(area.getGeometry(), point)[0];
        return haversineKm(latitude, longitude, nearest.y, nearest.x);
    }

    @Override
    public double toleranceKm() {
        return toleranceKm;
    }

    private PreparedGeometry outline() {
        PreparedGeometry area = outline;
        if (area == null) {
            List<Geometry> provinces = jdbc.sql("select geometry::text from territory.unit where level = 'province' and geometry is not null")
                    .query(String.class).list().stream().map(text -> GeoJsonGeometry.read(json.readTree(text))).toList();
            if (provinces.isEmpty()) throw new IllegalStateException("the territory holds no province polygon to check points against");
            area = PreparedGeometryFactory.prepare(UnaryUnionOp.union(provinces));
            outline = area;
        }
        return area;
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
