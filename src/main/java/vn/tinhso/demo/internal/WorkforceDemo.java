package vn.tinhso.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.workforce.CourseDraft;
import vn.tinhso.workforce.ProgrammeDraft;
import vn.tinhso.workforce.TrainingPlans;

/**
 * The province's digital workforce scheme to 2025 with orientation to 2030, with the courses the
 * article mentions (the Department of Industry and Trade's e-commerce training, civil servants'
 * digital thinking) and sessions across the communes of old Bắc Giang in 2023–2024.
 */
@Component
class WorkforceDemo {

    static final String PROGRAMME = "NLS-BG-2025";

    private record Course(String code, String title, String titleEn, String topic, String organiser, int sessionsPerYear,
                          String[] trainees, double[] mix, boolean certificate) {
    }

    private static final List<Course> COURSES = List.of(
            new Course("TMDT-DN", "Ứng dụng thương mại điện tử cho doanh nghiệp và hộ kinh doanh", "E-commerce for businesses and household businesses",
                    "ecommerce", "Sở Công Thương", 8, new String[] {"business", "citizen"}, new double[] {0.7, 1.0}, true),
            new Course("KNS-CBCC", "Kỹ năng số và tư duy số cho cán bộ, công chức", "Digital skills and digital thinking for civil servants",
                    "digital_skills", "Sở Thông tin và Truyền thông", 12, new String[] {"civil_servant"}, new double[] {1.0}, true),
            new Course("ATTT-NT", "Nhận thức an toàn thông tin", "Information security awareness",
                    "security_awareness", "Sở Thông tin và Truyền thông", 6, new String[] {"civil_servant", "business"}, new double[] {0.6, 1.0}, true),
            new Course("KNS-DAN", "Kỹ năng số cho người dân (Tổ công nghệ số cộng đồng)", "Digital skills for citizens (community digital teams)",
                    "digital_skills", "Ủy ban nhân dân cấp xã", 16, new String[] {"citizen"}, new double[] {1.0}, false));

    private final TrainingPlans plans;
    private final Territory territory;

    WorkforceDemo(TrainingPlans plans, Territory territory) {
        this.plans = plans;
        this.territory = territory;
    }

    record Enrolment(String course, LocalDate start, LocalDate end, String commune, String trainee, String type, String sex,
                     LocalDate completedOn, String certificate) {
    }

    /** The programme, its targets and courses, entered as an administrator would, once. */
    void setUp() {
        if (plans.programme(PROGRAMME).isEmpty()) {
            plans.createProgramme(new ProgrammeDraft(PROGRAMME,
                    "Đề án đào tạo, phát triển nhân lực số tỉnh Bắc Giang đến năm 2025, định hướng đến năm 2030",
                    "Bắc Giang digital workforce scheme to 2025, with orientation to 2030", LocalDate.of(2023, 1, 1), LocalDate.of(2030, 12, 31),
                    "Nghị quyết của Tỉnh ủy và Kế hoạch của UBND tỉnh Bắc Giang về chuyển đổi số", List.of(
                    new ProgrammeDraft.Target("CIVIL_SERVANTS_TRAINED", 2025, 2500),
                    new ProgrammeDraft.Target("CIVIL_SERVANTS_TRAINED", 2030, 6000),
                    new ProgrammeDraft.Target("ECOMMERCE_PARTICIPANTS", 2025, 1000),
                    new ProgrammeDraft.Target("CITIZENS_TRAINED", 2025, 3000),
                    new ProgrammeDraft.Target("CERTIFICATES", 2025, 3000))));
        }
        for (Course c : COURSES) {
            if (plans.course(c.code()).isEmpty()) {
                plans.createCourse(new CourseDraft(c.code(), PROGRAMME, c.title(), c.titleEn(), c.topic(), c.organiser()));
            }
        }
    }

    /** The organisers' trainee lists for 2023–2024, the same on every call. */
    List<Enrolment> enrolments(String province) {
        List<AdminUnit> communes = territory.units(LocalDate.of(2024, 1, 1), "commune", province);
        Random random = new Random(2030);
        List<Enrolment> list = new java.util.ArrayList<>();
        java.util.Set<String> sessions = new java.util.HashSet<>();
        int trainee = 0;
        for (int year = 2023; year <= 2024; year++) {
            for (Course c : COURSES) {
                for (int s = 0; s < c.sessionsPerYear(); s++) {
                    AdminUnit commune = communes.get(random.nextInt(communes.size()));
                    LocalDate start = LocalDate.of(year, 1 + (s * 12 / c.sessionsPerYear()), 5 + random.nextInt(15));
                    LocalDate end = start.plusDays(c.topic().equals("digital_skills") ? 4 : 1);
                    int size = 25 + random.nextInt(20);
                    // Two sessions of a course cannot start on the same day in the same commune.
                    boolean duplicate = !sessions.add(c.code() + start + commune.code());
                    for (int i = 0; i < size; i++) {
                        trainee++;
                        double pick = random.nextDouble();
                        String type = c.trainees()[0];
                        for (int k = 0; k < c.mix().length; k++) if (pick <= c.mix()[k]) {
                            type = c.trainees()[k];
                            break;
                        }
                        boolean completed = random.nextDouble() < 0.9;
                        String sex = random.nextBoolean() ? "female" : "male";
                        if (duplicate) continue;
                        list.add(new Enrolment(c.code(), start, end, commune.code(), "HV%06d".formatted(trainee), type, sex,
                                completed ? end : null, completed && c.certificate() ? "CN-%d-%06d".formatted(year, trainee) : null));
                    }
                }
            }
        }
        return list;
    }
}
