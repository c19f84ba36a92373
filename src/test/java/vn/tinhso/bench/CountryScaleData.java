package vn.tinhso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.tinhso.infrastructure.internal.CoverageModel;
import vn.tinhso.infrastructure.internal.Technology;

/**
 * Generated country-scale inputs for the coverage benchmark: population points clustered around towns over Vietnam's
 * bounding box, and cells near people (two in three of them sectors, the rest circles) with declared ranges.
 * Deterministic for a seed, so the JVM and PostGIS see exactly the same numbers.
 */
public final class CountryScaleData {

    public record Point(int id, double latitude, double longitude) {
    }

    /** A cell: tier 1 = 2G … 4 = 5G, range in metres, azimuth in degrees or null for a circle. */
    public record Cell(int id, int tier, double latitude, double longitude, double rangeM, Double azimuth) {
    }

    private static final double SOUTH = 8.6, NORTH = 23.3, WEST = 102.2, EAST = 109.4;
    private static final String[] MNC = {"01", "02", "04", "05"};

    public final List<Point> points = new ArrayList<>();
    public final List<Cell> cells = new ArrayList<>();

    public CountryScaleData(int pointCount, int cellCount, long seed) {
        Random random = new Random(seed);
        int towns = Math.max(1, pointCount / 500);
        double[][] town = new double[towns][2];
        for (double[] t : town) {
            t[0] = SOUTH + random.nextDouble() * (NORTH - SOUTH);
            t[1] = WEST + random.nextDouble() * (EAST - WEST);
        }
        for (int i = 0; i < pointCount; i++) {
            if (random.nextDouble() < 0.7) {
                double[] t = town[random.nextInt(towns)];
                points.add(new Point(i + 1, clamp(t[0] + random.nextGaussian() * 0.05, SOUTH, NORTH),
                        clamp(t[1] + random.nextGaussian() * 0.05, WEST, EAST)));
            } else {
                points.add(new Point(i + 1, SOUTH + random.nextDouble() * (NORTH - SOUTH), WEST + random.nextDouble() * (EAST - WEST)));
            }
        }
        for (int i = 0; i < cellCount; i++) {
            Point near = points.get(random.nextInt(pointCount));
            double roll = random.nextDouble();
            int tier = roll < 0.25 ? 1 : roll < 0.55 ? 2 : roll < 0.99 ? 3 : 4;
            double rangeM = switch (tier) {
                case 1 -> 1000 + random.nextDouble() * 7000;
                case 4 -> 200 + random.nextDouble() * 400;
                default -> 500 + random.nextDouble() * 3500;
            };
            Double azimuth = random.nextInt(3) < 2 ? random.nextDouble() * 360 : null;
            cells.add(new Cell(i + 1, tier, clamp(near.latitude() + random.nextGaussian() * 0.01, SOUTH, NORTH),
                    clamp(near.longitude() + random.nextGaussian() * 0.01, WEST, EAST), rangeM, azimuth));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    public List<CoverageModel.Place> places() {
        return points.stream().map(p -> new CoverageModel.Place(null, null, p.latitude(), p.longitude(), 1)).toList();
    }

    public List<CoverageModel.Cell> modelCells() {
        return cells.stream().map(c -> new CoverageModel.Cell(c.id(), MNC[c.id() % MNC.length], Technology.values()[c.tier() - 1],
                c.latitude(), c.longitude(), c.rangeM(), null, c.azimuth(), null)).toList();
    }

    /** Places by their best tier from the model: index 1 = 2G … 4 = 5G (index 0 = not reached). */
    public static long[] byBestTier(CoverageModel.Result result) {
        long[] out = new long[5];
        for (byte b : result.best()) out[b]++;
        return out;
    }
}
