package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

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
 * The demo province's operator inventory (1,596 sites carrying 884 2G, 1,242 3G, 1,647 4G and 2 5G base stations of
 * four operators, sites placed by population so towns get more), FTTH in every village, and fibre subscriptions
 * per commune at 86.3 % of households, all handed to the import kinds as files.
 */
@Component
class InfrastructureDemo implements DemoDataContributor {

    static final int TOWERS = 1_596;
    static final Map<String, Integer> BTS = Map.of("2G", 884, "3G", 1_242, "4G", 1_647, "5G", 2);
    static final double HOUSEHOLDS_ON_FIBRE = 0.863;
    private static final String[] MNC = {"04", "02", "01", "05"};
    private static final double[] MNC_SHARE = {0.40, 0.27, 0.23, 0.10};
    private static final Map<String, Integer> BAND = Map.of("2G", 900, "3G", 2100, "4G", 1800, "5G", 3500);
    private static final String[] FTTH = {"VNPT", "Viettel", "FPT Telecom"};

    private final Territory territory;
    private final ProvinceArea area;
    private final Imports imports;

    InfrastructureDemo(Territory territory, ProvinceArea area, Imports imports) {
        this.territory = territory;
        this.area = area;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "infrastructure";
    }

    record Site(String code, double lat, double lon, double height, String type, String owner, String commune) {
    }

    @Override
    public void contribute(DemoContext context) {
        List<Village> villages = territory.villages(context.provinceCode(), context.asOf()).stream()
                .filter(v -> v.latitude() != null && v.longitude() != null && v.population() != null).toList();
        // Sites stand by the generator's own villages only, so the inventory is the same file whatever else was imported.
        Map<Long, Boolean> bySource = new java.util.HashMap<>();
        List<Village> demoVillages = villages.stream().filter(v -> bySource.computeIfAbsent(v.datasetVersionId(),
                id -> imports.job(id).map(j -> context.source().equals(j.source())).orElse(false))).toList();
        if (demoVillages.isEmpty()) throw new IllegalStateException("the infrastructure demo needs the demo villages first");
        run(context, "demo-operator-inventory-2024.csv", "infrastructure.inventory", inventory(demoVillages, context));
        run(context, "demo-ftth-villages-2024.csv", "infrastructure.fibre", fibre(villages, context));
        run(context, "demo-fibre-subscriptions-2024.csv", "infrastructure.broadband", broadband(villages, context));
    }

    private void run(DemoContext context, String file, String kind, String csv) {
        ImportJob job = imports.runNow(new ImportRequest(file, csv.getBytes(StandardCharsets.UTF_8), kind, null, context.source(),
                context.username(), false));
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE)
            throw new IllegalStateException("the demo file " + file + " was not accepted: " + job.message() + " " + job.problems());
    }

    /** Sites at villages drawn by population (towns draw more), moved up to ~400 m, kept inside the province. */
    List<Site> sites(List<Village> villages, Random random) {
        long total = villages.stream().mapToLong(Village::population).sum();
        double[] cumulative = new double[villages.size()];
        double sum = 0;
        for (int i = 0; i < villages.size(); i++) cumulative[i] = sum += (double) villages.get(i).population() / total;
        List<Site> sites = new ArrayList<>();
        while (sites.size() < TOWERS) {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            Village v = villages.get(Math.min(villages.size() - 1, at < 0 ? -at - 1 : at));
            double lat = round(v.latitude() + (random.nextDouble() - 0.5) * 0.008);
            double lon = round(v.longitude() + (random.nextDouble() - 0.5) * 0.008);
            if (!area.contains(lat, lon)) continue;
            int kind = random.nextInt(10);
            String type = kind < 7 ? "ground_mast" : kind < 9 ? "rooftop" : "pole";
            double height = type.equals("ground_mast") ? 30 + random.nextInt(16) : type.equals("rooftop") ? 18 + random.nextInt(8) : 12;
            String owner = random.nextInt(5) == 0 ? "Tổng công ty Hạ tầng mạng" : null;
            sites.add(new Site("BG%05d".formatted(sites.size() + 1), lat, lon, height, type, owner, v.communeCode()));
        }
        return sites;
    }

    String inventory(List<Village> villages, DemoContext context) {
        Random random = context.random("infrastructure.sites");
        List<Site> sites = sites(villages, random);
        // Slots: one BTS per technology count; the first TOWERS of them give every site its first station.
        List<String> slots = new ArrayList<>();
        for (String t : List.of("2G", "3G", "4G")) for (int i = 0; i < BTS.get(t); i++) slots.add(t);
        java.util.Collections.shuffle(slots, random);
        Set<String> taken = new HashSet<>();
        Map<Integer, List<String>> operatorsOn = new LinkedHashMap<>();
        List<String[]> stations = new ArrayList<>(); // site index, mnc, technology
        for (int i = 0; i < slots.size(); i++) {
            String tech = slots.get(i);
            while (true) {
                int site = i < TOWERS ? i : random.nextInt(TOWERS);
                List<String> present = operatorsOn.getOrDefault(site, List.of());
                String mnc = !present.isEmpty() && random.nextInt(10) < 7 ? present.get(random.nextInt(present.size())) : operator(random);
                if (taken.add(site + "/" + mnc + "/" + tech)) {
                    operatorsOn.computeIfAbsent(site, k -> new ArrayList<>()).add(mnc);
                    stations.add(new String[]{Integer.toString(site), mnc, tech});
                    break;
                }
            }
        }
        // 5G: trial stations of the leading operator at the two sites of the most populous communes' centres.
        List<Integer> bySize = new ArrayList<>(java.util.stream.IntStream.range(0, TOWERS).boxed().toList());
        bySize.sort(Comparator.comparingInt((Integer s) -> operatorsOn.get(s).size()).reversed().thenComparing(s -> s));
        for (int k = 0, added = 0; added < BTS.get("5G"); k++) {
            int site = bySize.get(k);
            if (taken.add(site + "/04/5G")) {
                stations.add(new String[]{Integer.toString(site), "04", "5G"});
                added++;
            }
        }
        StringBuilder csv = new StringBuilder("site,site_latitude,site_longitude,site_height_m,site_type,site_owner,mnc,technology,"
                + "area,cell,band_mhz,azimuth,tilt,antenna_height_m,power_dbm,status,commissioned_on\n");
        for (String[] s : stations) {
            int index = Integer.parseInt(s[0]);
            Site site = sites.get(index);
            String tech = s[2];
            int sectors = tech.equals("2G") ? 1 : 3;
            double offset = random.nextInt(120);
            LocalDate on = commissioned(tech, random, context.asOf());
            int tac = 10_000 + Math.abs(site.commune().hashCode() % 500);
            for (int k = 0; k < sectors; k++) {
                long cell = tech.equals("5G") ? (1L << 32) + index * 16L + k : index * 16L + k;
                String azimuth = sectors == 1 ? "" : Long.toString(Math.round(offset + 120 * k) % 360);
                csv.append(site.code()).append(',').append(site.lat()).append(',').append(site.lon()).append(',')
                        .append((int) site.height()).append(',').append(site.type()).append(',')
                        .append(site.owner() == null ? "" : site.owner()).append(',').append(s[1]).append(',').append(tech).append(',')
                        .append(tac).append(',').append(cell).append(',').append(BAND.get(tech)).append(',').append(azimuth).append(',')
                        .append(sectors == 1 ? "" : "4").append(',').append((int) site.height() - 2).append(',').append(43).append(',')
                        .append("active").append(',').append(on).append('\n');
            }
        }
        return csv.toString();
    }

    private static String operator(Random random) {
        double r = random.nextDouble(), sum = 0;
        for (int i = 0; i < MNC.length; i++) if (r < (sum += MNC_SHARE[i])) return MNC[i];
        return MNC[0];
    }

    private static LocalDate commissioned(String tech, Random random, LocalDate asOf) {
        LocalDate from = switch (tech) {
            case "2G" -> LocalDate.of(2005, 1, 1);
            case "3G" -> LocalDate.of(2010, 1, 1);
            case "4G" -> LocalDate.of(2017, 1, 1);
            default -> LocalDate.of(2024, 3, 1);
        };
        long days = asOf.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (random.nextDouble() * days));
    }

    String fibre(List<Village> villages, DemoContext context) {
        Random random = context.random("infrastructure.fibre");
        StringBuilder csv = new StringBuilder("village,operator,available_from\n");
        for (Village v : villages) {
            int operators = 1 + random.nextInt(FTTH.length);
            int first = random.nextInt(FTTH.length);
            for (int k = 0; k < operators; k++)
                csv.append(v.code()).append(',').append(FTTH[(first + k) % FTTH.length]).append(',')
                        .append(LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3_500))).append('\n');
        }
        return csv.toString();
    }

    /** Subscriptions per commune around 86.3 % of its households; the remainder of the rounding goes to the largest communes. */
    String broadband(List<Village> villages, DemoContext context) {
        Random random = context.random("infrastructure.broadband");
        Map<String, Long> households = new LinkedHashMap<>();
        for (Village v : villages) households.merge(v.communeCode(), v.households() == null ? 0L : v.households(), Long::sum);
        long all = households.values().stream().mapToLong(Long::longValue).sum();
        long target = Math.round(all * HOUSEHOLDS_ON_FIBRE);
        Map<String, Long> subs = new LinkedHashMap<>();
        long sum = 0;
        for (var e : households.entrySet()) {
            long n = Math.min(e.getValue(), Math.round(e.getValue() * (HOUSEHOLDS_ON_FIBRE + (random.nextDouble() - 0.5) * 0.1)));
            subs.put(e.getKey(), n);
            sum += n;
        }
        List<String> largest = households.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        for (int i = 0; sum != target; i = (i + 1) % largest.size()) {
            String c = largest.get(i);
            long step = sum < target ? Math.min(target - sum, households.get(c) - subs.get(c)) : -Math.min(sum - target, subs.get(c));
            subs.put(c, subs.get(c) + step);
            sum += step;
        }
        StringBuilder csv = new StringBuilder("commune,as_of,fibre_subscriptions\n");
        subs.forEach((c, n) -> csv.append(c).append(',').append(context.asOf()).append(',').append(n).append('\n'));
        return csv.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
