package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Village;

/**
 * Extracts of the national registries for the demo province, as the population, business and land registries would
 * deliver them: about 3,500 citizens in their households, 600 enterprises and branches with valid tax codes, and 3,000
 * land parcels held by households and enterprises, all handed to the data hub's import kinds as CSV files.
 */
@Component
class RegistriesDemo implements DemoDataContributor {

    static final int HOUSEHOLDS = 1_000, ENTERPRISES = 600, PARCELS = 3_000;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Dương", "Bùi", "Đặng",
            "Lương", "Thân", "Giáp", "Hà", "Nông"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Công"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Hồng", "Thanh", "Minh"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Quân", "Sơn", "Tuấn",
            "Thắng", "Trung", "Việt"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Phương",
            "Thảo", "Trang", "Yến", "Nhung"};
    /** Bắc Giang's peoples, roughly as the 2019 census counts them. */
    private static final String[] ETHNICITY = {"Kinh", "Nùng", "Tày", "Sán Chay", "Sán Dìu", "Hoa", "Dao"};
    private static final double[] ETHNICITY_SHARE = {0.88, 0.93, 0.965, 0.98, 0.99, 0.995, 1.0};
    /** Most people were registered at birth in the province; some came from Hà Nội, Bắc Ninh, Lạng Sơn, Thái Nguyên. */
    private static final String[] BIRTH_PROVINCE = {"024", "024", "024", "024", "024", "024", "024", "024", "001", "027", "020", "019"};
    private static final String[][] INDUSTRY = {{"01110", "Hợp tác xã nông nghiệp"}, {"10790", "Chế biến nông sản"},
            {"14100", "May mặc"}, {"26100", "Linh kiện điện tử"}, {"26300", "Thiết bị truyền thông"}, {"41000", "Xây dựng"},
            {"46900", "Thương mại"}, {"47110", "Bán lẻ"}, {"49331", "Vận tải hàng hóa"}, {"55101", "Khách sạn"},
            {"62010", "Phần mềm"}, {"68100", "Bất động sản"}};
    private static final String[] PARKS = {"KCN Quang Châu", "KCN Đình Trám", "KCN Vân Trung", "KCN Song Khê - Nội Hoàng",
            "KCN Hòa Phú", "KCN Việt Hàn"};
    private static final String[] LEGAL = {"Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân", "Công ty TNHH MTV"};
    private static final String[] STATUS = {"active", "active", "active", "active", "active", "active", "active", "suspended",
            "dissolving", "dissolved"};

    private final Territory territory;
    private final Imports imports;

    RegistriesDemo(Territory territory, Imports imports) {
        this.territory = territory;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "registries";
    }

    record Person(String id, String name, LocalDate born, String sex, String ethnicity, String commune, String village, String household,
                  LocalDateTime updated) {
    }

    record Enterprise(String taxCode, String name, String vsic, String commune, LocalDate registered, String status, String park,
                      LocalDateTime updated) {
    }

    @Override
    public void contribute(DemoContext context) {
        List<AdminUnit> communes = territory.units(context.asOf(), "commune", context.provinceCode());
        Map<String, List<Village>> villages = territory.villages(context.provinceCode(), context.asOf()).stream()
                .collect(Collectors.groupingBy(Village::communeCode));
        List<Person> people = people(communes, villages, context);
        List<Enterprise> enterprises = enterprises(communes, context);
        run(context, "demo-population-registry-extract.csv", "hub.citizens", citizensCsv(people));
        run(context, "demo-business-registry-extract.csv", "hub.enterprises", enterprisesCsv(enterprises));
        run(context, "demo-land-registry-extract.csv", "hub.parcels", parcelsCsv(people, enterprises, communes, context));
    }

    private void run(DemoContext context, String file, String kind, String csv) {
        ImportJob job = imports.runNow(new ImportRequest(file, csv.getBytes(StandardCharsets.UTF_8), kind, null, context.source(),
                context.username(), false));
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE)
            throw new IllegalStateException("the demo file " + file + " was not accepted: " + job.message() + " " + job.problems());
    }

    /** Households drawn over the communes by population, with 1 to 6 members: a couple, children, sometimes a grandparent. */
    List<Person> people(List<AdminUnit> communes, Map<String, List<Village>> villages, DemoContext context) {
        Random random = context.random("hub.citizens");
        double[] cumulative = cumulative(communes);
        Set<String> ids = new HashSet<>();
        List<Person> people = new ArrayList<>();
        for (int h = 1; h <= HOUSEHOLDS; h++) {
            AdminUnit commune = communes.get(pick(cumulative, random));
            List<Village> here = villages.getOrDefault(commune.code(), List.of());
            String village = here.isEmpty() ? null : here.get(random.nextInt(here.size())).code();
            String household = "HK-%s-%04d".formatted(commune.code(), h);
            String family = FAMILY[random.nextInt(FAMILY.length)];
            int headBorn = 1950 + random.nextInt(50);
            int members = 1 + random.nextInt(6);
            for (int m = 0; m < members; m++) {
                boolean male = m == 0 ? random.nextDouble() < 0.8 : random.nextBoolean();
                int year = m <= 1 ? headBorn + random.nextInt(5) - 2 : m == 5 ? headBorn - 25 : Math.min(2023, headBorn + 20 + random.nextInt(15));
                LocalDate born = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                String surname = m == 1 ? FAMILY[random.nextInt(FAMILY.length)] : family;
                String name = surname + " " + (male ? MIDDLE_MALE[random.nextInt(MIDDLE_MALE.length)] : MIDDLE_FEMALE[random.nextInt(MIDDLE_FEMALE.length)])
                        + " " + (male ? GIVEN_MALE[random.nextInt(GIVEN_MALE.length)] : GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)]);
                String id;
                do {
                    int century = (year - 1900) / 100 * 2 + (male ? 0 : 1);
                    id = BIRTH_PROVINCE[random.nextInt(BIRTH_PROVINCE.length)] + century + "%02d".formatted(year % 100)
                            + "%06d".formatted(random.nextInt(1_000_000));
                } while (!ids.add(id));
                double e = random.nextDouble();
                int ethnicity = 0;
                while (e > ETHNICITY_SHARE[ethnicity]) ethnicity++;
                LocalDateTime updated = context.asOf().minusDays(random.nextInt(700)).atTime(7 + random.nextInt(10), random.nextInt(60));
                people.add(new Person(id, name, born, male ? "male" : "female", ETHNICITY[ethnicity], commune.code(), village, household, updated));
            }
        }
        return people;
    }

    List<Enterprise> enterprises(List<AdminUnit> communes, DemoContext context) {
        Random random = context.random("hub.enterprises");
        double[] cumulative = cumulative(communes);
        Set<String> codes = new HashSet<>();
        List<Enterprise> list = new ArrayList<>();
        while (list.size() < ENTERPRISES) {
            String first9 = "24" + "%07d".formatted(random.nextInt(10_000_000));
            int check = checkDigit(first9);
            if (check == 10 || !codes.add(first9)) continue;
            String[] industry = INDUSTRY[random.nextInt(INDUSTRY.length)];
            boolean manufacturing = industry[0].startsWith("1") || industry[0].startsWith("2");
            String park = manufacturing && random.nextDouble() < 0.6 ? PARKS[random.nextInt(PARKS.length)] : null;
            String commune = communes.get(pick(cumulative, random)).code();
            LocalDate registered = LocalDate.of(2000 + random.nextInt(24), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDateTime updated = context.asOf().minusDays(random.nextInt(400)).atTime(8 + random.nextInt(9), random.nextInt(60));
            String name = LEGAL[random.nextInt(LEGAL.length)] + " " + industry[1] + " " + FAMILY[random.nextInt(FAMILY.length)]
                    + " " + GIVEN_MALE[random.nextInt(GIVEN_MALE.length)];
            String code = first9 + check;
            list.add(new Enterprise(code, name, industry[0], commune, registered, STATUS[random.nextInt(STATUS.length)], park, updated));
            if (random.nextDouble() < 0.08 && list.size() < ENTERPRISES) {
                String branchCommune = communes.get(pick(cumulative, random)).code();
                list.add(new Enterprise(code + "-001", "Chi nhánh " + name, industry[0], branchCommune, registered.plusYears(1), "active",
                        null, updated));
            }
        }
        return list;
    }

    /** Residential land for every household, farm land for most, industrial land for enterprises in the parks. */
    String parcelsCsv(List<Person> people, List<Enterprise> enterprises, List<AdminUnit> communes, DemoContext context) {
        Random random = context.random("hub.parcels");
        Map<String, Person> heads = new java.util.LinkedHashMap<>();
        for (Person p : people) heads.putIfAbsent(p.household(), p);
        Map<String, Integer> nextNumber = new java.util.HashMap<>();
        StringBuilder csv = new StringBuilder("commune,map_sheet,parcel_number,area_m2,land_use,holder_id,updated_at\n");
        List<Person> holders = new ArrayList<>(heads.values());
        List<Enterprise> parked = enterprises.stream().filter(e -> e.park() != null && e.taxCode().length() == 10).toList();
        int written = 0;
        while (written < PARCELS) {
            boolean industrial = !parked.isEmpty() && random.nextDouble() < 0.1;
            String commune, holder, use;
            double area;
            if (industrial) {
                Enterprise e = parked.get(random.nextInt(parked.size()));
                commune = e.commune();
                holder = e.taxCode();
                use = "SKK";
                area = 5_000 + random.nextInt(60_000);
            } else {
                Person head = holders.get(random.nextInt(holders.size()));
                commune = head.commune();
                holder = head.id();
                int kind = random.nextInt(10);
                use = kind < 4 ? "ONT" : kind < 8 ? "LUC" : "CLN";
                area = use.equals("ONT") ? 80 + random.nextInt(300) : 300 + random.nextInt(3000);
            }
            int n = nextNumber.merge(commune, 1, Integer::sum);
            int sheet = 1 + (n - 1) / 200, number = 1 + (n - 1) % 200;
            LocalDateTime updated = context.asOf().minusDays(random.nextInt(1500)).atTime(8, 0);
            csv.append(commune).append(',').append(sheet).append(',').append(number).append(',').append(area).append(',').append(use)
                    .append(',').append(holder).append(',').append(updated).append("+07:00\n");
            written++;
        }
        return csv.toString();
    }

    static String citizensCsv(List<Person> people) {
        StringBuilder csv = new StringBuilder("personal_id,full_name,birth_date,sex,ethnicity,commune,village,household,updated_at\n");
        for (Person p : people)
            csv.append(p.id()).append(',').append(p.name()).append(',').append(p.born()).append(',').append(p.sex()).append(',')
                    .append(p.ethnicity()).append(',').append(p.commune()).append(',').append(p.village() == null ? "" : p.village())
                    .append(',').append(p.household()).append(',').append(p.updated()).append("+07:00\n");
        return csv.toString();
    }

    static String enterprisesCsv(List<Enterprise> list) {
        StringBuilder csv = new StringBuilder("tax_code,name,vsic,commune,registered_on,status,industrial_park,updated_at\n");
        for (Enterprise e : list)
            csv.append(e.taxCode()).append(',').append(e.name()).append(',').append(e.vsic()).append(',').append(e.commune()).append(',')
                    .append(e.registered()).append(',').append(e.status()).append(',').append(e.park() == null ? "" : e.park()).append(',')
                    .append(e.updated()).append("+07:00\n");
        return csv.toString();
    }

    /** The tax code's check digit (weights 31, 29, 23, 19, 17, 13, 7, 5, 3); 10 means no code starts this way. */
    static int checkDigit(String first9) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (first9.charAt(i) - '0') * weights[i];
        return 10 - sum % 11;
    }

    private static double[] cumulative(List<AdminUnit> communes) {
        double[] cumulative = new double[communes.size()];
        double sum = 0;
        for (int i = 0; i < communes.size(); i++) {
            Long pop = communes.get(i).population();
            cumulative[i] = sum += pop == null ? 1_000 : pop;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(cumulative.length - 1, at < 0 ? -at - 1 : at);
    }
}
