package vn.tinhso.territory;

/**
 * The province's outline, for modules that import points (villages, towers, cameras): a point must
 * lie inside it, or no further outside than {@code tinhso.territory.point-tolerance-km}.
 */
public interface ProvinceArea {

    /** Whether the point lies inside the province or within the tolerance of its edge. */
    boolean contains(double latitude, double longitude);

    /** Kilometres from the point to the province's edge; 0 inside. */
    double kmOutside(double latitude, double longitude);

    /** How far outside the edge a point may lie, in kilometres. */
    double toleranceKm();
}
