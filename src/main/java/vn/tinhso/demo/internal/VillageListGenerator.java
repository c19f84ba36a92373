package vn.tinhso.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.tinhso.territory.AdminUnit;

/**
 * Makes up a village list for communes whose population is known: about {@link #TARGET} villages
 * for the province, shared out by population; inside a commune the 2019 census population is
 * split among its villages so the villages add up to the commune exactly. Households and adults
 * follow the census averages (about 3.6 people per household in towns, 3.8 in the countryside;
 * about 70% of people are adults). All of it is invented and says so: real deployments import
 * the real list.
 */
final class VillageListGenerator {

    static final int TARGET = 2000;
    private static final int MINIMUM_PER_COMMUNE = 3;
    private static final List<String> VILLAGE_NAMES = List.of("Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tân Lập",
            "Hòa Bình", "Đồng Tâm", "Quyết Tiến", "Chùa", "Đình", "Cầu", "Mới", "Phố", "Hợp Thành", "Tiền Phong", "Lão", "Nội",
            "Ngoài", "Giữa", "Tân Sơn", "Đồng Lạc", "Phúc Long", "An Thịnh", "Bến", "Đồi", "Gốc Gạo", "Văn Xá");
    /** Mountain districts (Lục Ngạn, Sơn Động) have bản as well as thôn. */
    private static final List<String> UPLAND_DISTRICTS = List.of("219", "220");

    /** One generated village, as the import file carries it. */
    record GeneratedVillage(String code, String name, String communeCode, long households, long adults, long population,
                            double latitude, double longitude, boolean fibre) {
    }

    private VillageListGenerator() {
    }

    static List<GeneratedVillage> generate(List<AdminUnit> communes, Random random) {
        long total = communes.stream().mapToLong(c -> c.population() == null ? 0 : c.population()).sum();
        List<GeneratedVillage> villages = new ArrayList<>();
        for (AdminUnit commune : communes) {
            long population = commune.population() == null ? 0 : commune.population();
            int count = (int) Math.max(MINIMUM_PER_COMMUNE, Math.round((double) TARGET * population / total));
            long[] people = split(population, count, random);
            boolean town = !commune.type().equals("Xã");
            List<String> names = new ArrayList<>(VILLAGE_NAMES);
            java.util.Collections.shuffle(names, random);
            for (int i = 0; i < count; i++) {
                String name = town ? "Tổ dân phố số " + (i + 1)
                        : (UPLAND_DISTRICTS.contains(commune.parentCode()) && random.nextInt(3) == 0 ? "Bản " : "Thôn ")
                          + (i < names.size() ? names.get(i) : names.get(i % names.size()) + " " + (i / names.size() + 1));
                double perHousehold = (town ? 3.6 : 3.8) + random.nextGaussian() * 0.2;
                long households = Math.max(1, Math.round(people[i] / perHousehold));
                long adults = Math.min(people[i], Math.round(people[i] * (0.70 + random.nextGaussian() * 0.02)));
                double lat = commune.latitude() + (random.nextDouble() - 0.5) * 0.008;
                double lon = commune.longitude() + (random.nextDouble() - 0.5) * 0.008;
                villages.add(new GeneratedVillage(commune.code() + "%03d".formatted(i + 1), name, commune.code(), households,
                        adults, people[i], round(lat), round(lon), true));
            }
        }
        return villages;
    }

    /** Random shares of a whole that add up to it exactly (largest remainder). */
    static long[] split(long whole, int parts, Random random) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        long[] result = new long[parts];
        long given = 0;
        double[] remainders = new double[parts];
        for (int i = 0; i < parts; i++) {
            double exact = whole * weights[i] / sum;
            result[i] = (long) Math.floor(exact);
            remainders[i] = exact - result[i];
            given += result[i];
        }
        for (long left = whole - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
        }
        return result;
    }

    static String csv(List<GeneratedVillage> villages, String asOf) {
        StringBuilder out = new StringBuilder("code,name,commune_code,households,adults,population,latitude,longitude,fibre,as_of\n");
        for (GeneratedVillage v : villages) {
            out.append(String.join(",", v.code(), v.name(), v.communeCode(), String.valueOf(v.households()),
                    String.valueOf(v.adults()), String.valueOf(v.population()), String.valueOf(v.latitude()),
                    String.valueOf(v.longitude()), String.valueOf(v.fibre()), asOf)).append('\n');
        }
        return out.toString();
    }

    private static double round(double value) {
        return Math.round(value * 1e5) / 1e5;
    }
}
