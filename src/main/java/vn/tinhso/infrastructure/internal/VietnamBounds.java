package vn.tinhso.infrastructure.internal;

/** A box around Vietnam's mainland and islands; a point outside it is a wrong position, not another province's cell. */
final class VietnamBounds {

    private VietnamBounds() {
    }

    static boolean contains(double lat, double lon) {
        return lat >= 8.0 && lat <= 23.5 && lon >= 102.0 && lon <= 117.9;
    }
}
