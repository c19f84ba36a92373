package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.tinhso.cameras.RecognitionIntake;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.territory.ProvinceArea;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Village;

/**
 * The province's 1,305 cameras (22 of them AI cameras at the main junctions) as the police's registry file, two
 * watchlists, two average-speed sections, and the last 24 hours of what the AI cameras recognised, pushed through the
 * camera receiver in the vendors' own formats (with listed plates, speeders and red-light runners among the passes).
 */
@Component
class CameraDemo implements DemoDataContributor {

    static final int CAMERAS = 1_305;
    static final int AI = 22;
    static final String[] ROADS = {"QL1A", "QL17", "QL31", "QL37", "QL279", "CT Hà Nội – Lạng Sơn", "ĐT293", "ĐT295", "ĐT398", "ĐT299"};
    static final String[] VENDORS = {"Hikvision", "Dahua", "Axis", "Hanwha"};

    record DemoCamera(String code, String name, String kind, double lat, double lon, String road, String vendor, String deviceId,
                      int clockOffsetMs, String status) {
    }

    private final Territory territory;
    private final ProvinceArea area;
    private final Imports imports;
    private final RecognitionIntake intake;
    private volatile List<DemoCamera> fleet;

    CameraDemo(Territory territory, ProvinceArea area, Imports imports, RecognitionIntake intake) {
        this.territory = territory;
        this.area = area;
        this.imports = imports;
        this.intake = intake;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public String name() {
        return "cameras";
    }

    @Override
    public void contribute(DemoContext context) {
        List<DemoCamera> cameras = fleet(context);
        run(context, "demo-camera-registry.csv", "cameras.registry", registry(cameras));
        List<DemoCamera> plateCameras = cameras.stream().filter(c -> c.kind().equals("ai_plate") || c.kind().equals("ai_both")).toList();
        run(context, "demo-sections.csv", "cameras.sections", sections(plateCameras));
        List<String> stolen = plates(context.random("camera-stolen"), 40);
        List<String> fines = plates(context.random("camera-fines"), 300);
        run(context, "demo-watchlists.csv", "cameras.watchlist", watchlists(stolen, fines));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        heartbeats(cameras, context.random("camera-heartbeats"), now);
        CameraTraffic traffic = new CameraTraffic(plateCameras, stolen, fines, context.random("camera-traffic"));
        for (CameraPayloads.Payload p : traffic.day(now.minus(Duration.ofHours(24)), now)) {
            intake.receive(null, p.contentType(), "auto", p.body());
        }
    }

    /** The same fleet every time for the same villages: the simulator finds the cameras the registry holds. */
    List<DemoCamera> fleet(DemoContext context) {
        List<DemoCamera> known = fleet;
        if (known != null) return known;
        List<Village> villages = territory.villages(context.provinceCode(), context.asOf()).stream()
                .filter(v -> v.latitude() != null && v.population() != null).sorted(java.util.Comparator.comparing(Village::code)).toList();
        if (villages.isEmpty()) throw new IllegalStateException("the camera demo needs the demo villages first");
        Random random = context.random("cameras");
        long total = villages.stream().mapToLong(Village::population).sum();
        double[] cumulative = new double[villages.size()];
        double sum = 0;
        for (int i = 0; i < villages.size(); i++) cumulative[i] = sum += (double) villages.get(i).population() / total;
        List<DemoCamera> out = new ArrayList<>();
        while (out.size() < CAMERAS) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            Village v = villages.get(Math.min(villages.size() - 1, at < 0 ? -at - 1 : at));
            double lat = Math.round((v.latitude() + (random.nextDouble() - 0.5) * 0.006) * 1e5) / 1e5;
            double lon = Math.round((v.longitude() + (random.nextDouble() - 0.5) * 0.006) * 1e5) / 1e5;
            if (!area.contains(lat, lon)) continue;
            int n = out.size() + 1;
            String kind = n <= 14 ? "ai_plate" : n <= 18 ? "ai_both" : n <= AI ? "ai_face" : "surveillance";
            String road = n <= AI ? ROADS[(n - 1) % 6] : ROADS[random.nextInt(ROADS.length)];
            String vendor = VENDORS[n <= AI ? (n - 1) % 4 : random.nextInt(VENDORS.length)];
            String code = String.format("CAM-%04d", n);
            String device = switch (vendor) {
                case "Hikvision" -> String.format("44:19:b6:24:%02x:%02x", n / 256, n % 256);
                case "Dahua" -> String.format("6J0%06dDH", n);
                case "Axis" -> String.format("ACCC8E24%04X", n);
                default -> String.format("HW-%06d", n);
            };
            String status = random.nextInt(100) == 0 ? "maintenance" : "active";
            out.add(new DemoCamera(code, (n <= AI ? "Nút giao " : "Camera ") + road + " – " + v.name(), kind, lat, lon, road, vendor,
                    device, random.nextInt(601) - 300, n <= AI ? "active" : status));
        }
        fleet = List.copyOf(out);
        return fleet;
    }

    private static String registry(List<DemoCamera> cameras) {
        StringBuilder csv = new StringBuilder("code,name,kind,latitude,longitude,road,vendor,device_ids,clock_offset_ms,status,installed_on\n");
        for (DemoCamera c : cameras) {
            csv.append(c.code()).append(",\"").append(c.name()).append("\",").append(c.kind()).append(',').append(c.lat()).append(',')
                    .append(c.lon()).append(",\"").append(c.road()).append("\",").append(c.vendor()).append(',').append(c.deviceId())
                    .append(',').append(c.clockOffsetMs()).append(',').append(c.status()).append(',')
                    .append(c.kind().equals("surveillance") ? "2021-06-01" : "2023-10-15").append('\n');
        }
        return csv.toString();
    }

    /** Two sections of QL1A between AI plate cameras, 10 and 8 km, limit 80 km/h for cars and trucks. */
    private static String sections(List<DemoCamera> plateCameras) {
        return "code,name,entry_camera,exit_camera,distance_m,limit_kmh,classes,window_minutes\n"
                + "QL1A-BG-01,QL1A đoạn phía Nam," + plateCameras.get(0).code() + "," + plateCameras.get(6).code() + ",10000,80,car;truck;bus,60\n"
                + "QL1A-BG-02,QL1A đoạn phía Bắc," + plateCameras.get(12).code() + "," + plateCameras.get(0).code() + ",8000,80,car;truck;bus,60\n";
    }

    private static String watchlists(List<String> stolen, List<String> fines) {
        StringBuilder csv = new StringBuilder("list,list_kind,list_name,source,plate,reason,valid_from,valid_to\n");
        for (String p : stolen) csv.append("XE-MAT-CAP,stolen_vehicle,Xe bị mất cắp,Công an tỉnh,").append(p).append(",Trình báo mất xe,2024-01-01,\n");
        for (String p : fines) csv.append("CHUA-NOP-PHAT,unpaid_fines,Chưa nộp phạt nguội,Phòng CSGT,").append(p).append(",Quá hạn nộp phạt,2024-01-01,\n");
        return csv.toString();
    }

    static List<String> plates(Random random, int n) {
        List<String> out = new ArrayList<>();
        String letters = "ABCDEFGHKLMNPSTUVXYZ";
        while (out.size() < n) {
            String p = plate(random, letters, random.nextInt(10) < 6);
            if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    static String plate(Random random, String letters, boolean car) {
        String province = random.nextInt(10) < 7 ? "98" : random.nextBoolean() ? "99" : new String[] {"29", "30", "12", "14", "20", "51"}[random.nextInt(6)];
        String digits = String.format(Locale.ROOT, "%05d", 1 + random.nextInt(99_999));
        String series = car ? String.valueOf(letters.charAt(random.nextInt(letters.length())))
                : letters.charAt(random.nextInt(letters.length())) + String.valueOf(1 + random.nextInt(9));
        return province + series + "-" + digits.substring(0, 3) + "." + digits.substring(3);
    }

    /** Most cameras heard now; some silent for half an hour and a few not for hours (they show offline and raise alerts). */
    void heartbeats(List<DemoCamera> cameras, Random random, Instant now) {
        for (DemoCamera c : cameras) {
            if (!c.status().equals("active")) continue;
            int r = random.nextInt(1000);
            Instant at = r < 15 ? now.minus(Duration.ofMinutes(30)) : r < 35 ? now.minus(Duration.ofHours(5)) : now;
            intake.heartbeat(c.code(), at);
        }
    }

    private void run(DemoContext context, String file, String kind, String csv) {
        ImportJob job = imports.runNow(new ImportRequest(file, csv.getBytes(StandardCharsets.UTF_8), kind, null, context.source(),
                context.username(), false));
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE)
            throw new IllegalStateException("the demo file " + file + " was not accepted: " + job.message() + " " + job.problems());
    }
}
