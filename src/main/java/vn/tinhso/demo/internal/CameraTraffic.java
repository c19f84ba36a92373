package vn.tinhso.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Passes at the AI plate cameras over a time window, busiest in the morning and evening peaks, written in each
 * camera's vendor format: most are ordinary vehicles, a few are on a watchlist (one of them misread by a character),
 * some cross an average-speed section too fast, some run a red light.
 */
final class CameraTraffic {

    private static final String LETTERS = "ABCDEFGHKLMNPSTUVXYZ";
    /** Relative traffic per hour of the day (0–23), province time. */
    private static final double[] HOURLY = {0.2, 0.1, 0.1, 0.1, 0.3, 0.8, 1.6, 2.4, 2.0, 1.4, 1.2, 1.3, 1.2, 1.1, 1.2, 1.4, 1.8, 2.5, 2.2,
            1.5, 1.1, 0.8, 0.5, 0.3};
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<CameraDemo.DemoCamera> cameras;
    private final List<String> stolen;
    private final List<String> fines;
    private final Random random;
    private int serial;

    CameraTraffic(List<CameraDemo.DemoCamera> plateCameras, List<String> stolen, List<String> fines, Random random) {
        this.cameras = plateCameras;
        this.stolen = stolen;
        this.fines = fines;
        this.random = random;
    }

    /** About 14 passes per camera and hour at the peak's average over a day; payloads in time order per camera. */
    List<CameraPayloads.Payload> day(Instant from, Instant to) {
        return window(from, to, 14.0, 6, 10, 60);
    }

    /** A minute of live traffic for the simulator. */
    List<CameraPayloads.Payload> minute(Instant from, boolean listed) {
        return window(from, from.plus(Duration.ofMinutes(1)), 14.0, listed ? 1 : 0, 0, listed ? 2 : 0);
    }

    private List<CameraPayloads.Payload> window(Instant from, Instant to, double perHour, int listedPasses, int redLights, int sectionPasses) {
        Map<CameraDemo.DemoCamera, List<CameraPayloads.Pass>> byCamera = new LinkedHashMap<>();
        for (CameraDemo.DemoCamera c : cameras) byCamera.put(c, new ArrayList<>());
        long seconds = Duration.between(from, to).toSeconds();
        for (CameraDemo.DemoCamera c : cameras) {
            for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
                double weight = HOURLY[hour.atZone(ZONE).getHour()];
                long span = Math.min(3600, Duration.between(hour, to).toSeconds());
                int n = poisson(perHour * weight * span / 3600.0);
                for (int i = 0; i < n; i++) {
                    byCamera.get(c).add(pass(c, hour.plusMillis((long) (random.nextDouble() * span * 1000)), randomPlate(), null, null));
                }
            }
        }
        for (int i = 0; i < listedPasses; i++) {
            CameraDemo.DemoCamera c = cameras.get(random.nextInt(cameras.size()));
            boolean theft = i % 3 == 0;
            String plate = theft ? stolen.get(random.nextInt(stolen.size())) : fines.get(random.nextInt(fines.size()));
            Instant at = from.plusSeconds((long) (random.nextDouble() * seconds));
            // The second stolen vehicle of the window is read one character off: a near match (stolen-vehicle lists take them).
            String shown = i == 3 ? plate.substring(0, plate.length() - 1) + (plate.endsWith("7") ? "1" : "7") : plate;
            byCamera.get(c).add(pass(c, at, shown, null, null));
        }
        for (int i = 0; i < redLights; i++) {
            CameraDemo.DemoCamera c = cameras.stream().filter(x -> x.vendor().equals("Dahua")).toList().get(i % 4);
            byCamera.get(c).add(pass(c, from.plusSeconds((long) (random.nextDouble() * seconds)), randomPlate(), "RunRedLight", null));
        }
        // Section QL1A-BG-01: entry at the first plate camera, exit at the seventh, 10 km; about one in six too fast.
        CameraDemo.DemoCamera entry = cameras.get(0), exit = cameras.get(6);
        for (int i = 0; i < sectionPasses; i++) {
            String plate = CameraDemo.plate(random, LETTERS, true);
            Instant in = from.plusSeconds((long) (random.nextDouble() * Math.max(1, seconds - 900)));
            double kmh = Math.max(40, 72 + random.nextGaussian() * 11);
            Instant out = in.plusMillis(Math.round(10_000 / (kmh / 3.6) * 1000));
            byCamera.get(entry).add(pass(entry, in, plate, null, "car"));
            if (out.isBefore(to)) byCamera.get(exit).add(pass(exit, out, plate, null, "car"));
        }
        List<CameraPayloads.Payload> payloads = new ArrayList<>();
        for (var e : byCamera.entrySet()) {
            List<CameraPayloads.Pass> passes = e.getValue();
            passes.sort(java.util.Comparator.comparing(CameraPayloads.Pass::at));
            switch (e.getKey().vendor()) {
                case "Hikvision" -> passes.forEach(p -> payloads.add(CameraPayloads.hikvision(p, random)));
                case "Dahua" -> chunks(passes, 100).forEach(c -> payloads.add(CameraPayloads.dahua(c)));
                case "Axis" -> chunks(passes, 100).forEach(c -> payloads.add(CameraPayloads.axis(c)));
                default -> chunks(passes, 100).forEach(c -> payloads.add(CameraPayloads.generic(c)));
            }
        }
        return payloads;
    }

    private CameraPayloads.Pass pass(CameraDemo.DemoCamera c, Instant at, String plate, String violation, String vehicle) {
        String kind = vehicle != null ? vehicle : plate.matches("\\d{2}[A-Z]\\d-.*") ? "motorbike"
                : new String[] {"car", "car", "car", "truck", "bus"}[random.nextInt(5)];
        String id = c.code() + "-" + (++serial) + "-" + at.toEpochMilli();
        String misread = c.vendor().equals("Axis") && random.nextInt(8) == 0 ? plate.replace('0', 'D') : null;
        return new CameraPayloads.Pass(c.code(), c.deviceId(), c.vendor(), at, plate, kind, 1 + random.nextInt(3),
                random.nextBoolean() ? "in" : "out", kind.equals("motorbike") ? 35 + random.nextInt(20) : 45 + random.nextInt(35),
                violation, id, misread != null && !misread.equals(plate) ? misread : null);
    }

    private String randomPlate() {
        return CameraDemo.plate(random, LETTERS, random.nextInt(100) < 45);
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) out.add(list.subList(i, Math.min(list.size(), i + size)));
        return out;
    }
}
