package vn.tinhso.infrastructure.internal;

/** The environment around a site, chosen from the population density within {@link #RADIUS_KM} km. */
public enum Clutter {
    URBAN, SUBURBAN, OPEN;

    public static final double RADIUS_KM = 2;

    public static Clutter ofDensity(double peoplePerKm2) {
        if (peoplePerKm2 >= 1500) return URBAN;
        if (peoplePerKm2 >= 400) return SUBURBAN;
        return OPEN;
    }
}
