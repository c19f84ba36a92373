package vn.tinhso.infrastructure.internal;

import java.util.OptionalDouble;

/**
 * Okumura-Hata (150–1500 MHz) and COST-231 Hata (1500–2200 MHz, stretched from 2000 MHz to take in the UMTS band)
 * path loss, solved for the distance at which the loss reaches a technology's maximum allowable path loss.
 * Mobile at 1.5 m, small/medium city correction, C_m = 0. Base heights are held to the model's 30–200 m.
 */
public final class Hata {

    public static final double MOBILE_HEIGHT_M = 1.5;
    public static final double MIN_KM = 0.2;
    public static final double MAX_KM = 20;

    private Hata() {
    }

    /** The link budget of a technology: EIRP, the handset's sensitivity and the fade, body and building margins. */
    public record LinkBudget(double frequencyMhz, double eirpDbm, double sensitivityDbm, double marginsDb) {
        public double maximumPathLossDb() {
            return eirpDbm - sensitivityDbm - marginsDb;
        }
    }

    public static LinkBudget budget(Technology t) {
        return switch (t) {
            case G2 -> new LinkBudget(900, 55, -102, 17);
            case G3 -> new LinkBudget(2100, 57, -100, 20);
            case G4 -> new LinkBudget(1800, 58, -100, 20);
            case G5 -> new LinkBudget(3500, 60, -95, 20);
        };
    }

    /** Path loss in dB at {@code km}; f in MHz, heights in metres. */
    public static double loss(double f, double baseHeight, double km, Clutter clutter) {
        double lf = Math.log10(f);
        double lhb = Math.log10(baseHeight);
        double ahm = (1.1 * lf - 0.7) * MOBILE_HEIGHT_M - (1.56 * lf - 0.8);
        double slope = 44.9 - 6.55 * lhb;
        double urban = f <= 1500
                ? 69.55 + 26.16 * lf - 13.82 * lhb - ahm + slope * Math.log10(km)
                : 46.3 + 33.9 * lf - 13.82 * lhb - ahm + slope * Math.log10(km);
        return urban + correction(f, clutter);
    }

    private static double correction(double f, Clutter clutter) {
        double lf = Math.log10(f);
        return switch (clutter) {
            case URBAN -> 0;
            case SUBURBAN -> -2 * Math.pow(Math.log10(f / 28), 2) - 5.4;
            case OPEN -> -4.78 * lf * lf + 18.33 * lf - 40.94;
        };
    }

    /** The radius in km where the loss equals {@code maxLossDb}; empty outside the model's frequencies. */
    public static OptionalDouble radiusKm(double f, double baseHeight, double maxLossDb, Clutter clutter) {
        if (f < 150 || f > 2200) return OptionalDouble.empty();
        double hb = Math.max(30, Math.min(200, baseHeight));
        double atOneKm = loss(f, hb, 1, clutter);
        double slope = 44.9 - 6.55 * Math.log10(hb);
        double km = Math.pow(10, (maxLossDb - atOneKm) / slope);
        return OptionalDouble.of(Math.max(MIN_KM, Math.min(MAX_KM, km)));
    }
}
