package vn.tinhso.infrastructure.internal;

/** Short distances on the ground: an equirectangular approximation, well under 0.5 % off within 20 km at Vietnam's latitudes. */
final class Geo {

    static final double KM_PER_DEGREE_LAT = 110.574;
    static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.320;

    private Geo() {
    }

    static double eastKm(double lat0, double lon0, double lon) {
        return (lon - lon0) * KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat0));
    }

    static double northKm(double lat0, double lat) {
        return (lat - lat0) * KM_PER_DEGREE_LAT;
    }

    static double km(double lat0, double lon0, double lat, double lon) {
        return Math.hypot(eastKm(lat0, lon0, lon), northKm(lat0, lat));
    }

    /** Compass bearing from the first point to the second, 0–360°, clockwise from north. */
    static double bearing(double lat0, double lon0, double lat, double lon) {
        double b = Math.toDegrees(Math.atan2(eastKm(lat0, lon0, lon), northKm(lat0, lat)));
        return b < 0 ? b + 360 : b;
    }

    static double angleBetween(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }
}
