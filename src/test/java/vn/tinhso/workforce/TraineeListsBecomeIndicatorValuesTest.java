package vn.tinhso.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.tinhso.catalog.DatasetVersionImported;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;

/**
 * A committed trainee list reaches the indicators through workforce's module listener: counted once,
 * retried from the event publication registry when the listener fails, and the same when delivered twice.
 */
@SpringBootTest(properties = "tinhso.events.retry-interval=1s")
@EnableScenarios
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = {"DATA_STEWARD", "ANALYST"})
class TraineeListsBecomeIndicatorValuesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicInteger MONTHS = new AtomicInteger();

    @MockitoSpyBean Training training;
    @Autowired TrainingPlans plans;
    @Autowired Imports imports;
    @Autowired Analytics analytics;
    @Autowired CompletedEventPublications completed;

    private String course;
    private String period;

    @BeforeEach
    void aCourseForCivilServants() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String programme = "P-" + suffix;
        plans.createProgramme(new ProgrammeDraft(programme, "Đề án thử", "Test scheme", LocalDate.of(2010, 1, 1),
                LocalDate.of(2030, 12, 31), null, List.of()));
        course = "C-" + suffix;
        plans.createCourse(new CourseDraft(course, programme, "Kỹ năng số", "Digital skills", "digital_skills", "Sở"));
        // A month of its own per test: the context, and so the database, is shared by the tests of this class.
        period = "2021%02d".formatted(MONTHS.incrementAndGet());
    }

    private double civilServantsTrained() {
        return analytics.query(new Analytics.Request(List.of("CIVIL_SERVANTS_TRAINED"), List.of(Period.parse(period)), "24", null,
                        Analytics.Boundaries.AS_OF_PERIOD, null, false)).stream().map(Analytics.Row::value)
                .filter(Objects::nonNull).findFirst().orElse(0.0);
    }

    private ImportJob importTwoCivilServants() {
        String day = period.substring(0, 4) + "-" + period.substring(4) + "-07";
        String csv = "course,session_start,commune,trainee,trainee_type,completed_on\n"
                + course + "," + day + ",07201,CB-1,civil_servant," + day + "\n"
                + course + "," + day + ",07201,CB-2,civil_servant," + day + "\n";
        return imports.runNow(new ImportRequest("trainees-" + course + ".csv", csv.getBytes(StandardCharsets.UTF_8),
                "workforce.enrolments", null, "test", "steward", false));
    }

    @Test
    void aCommittedTraineeListIsCountedInTheIndicators(Scenario scenario) {
        double before = civilServantsTrained();
        scenario.stimulate(tx -> importTwoCivilServants())
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(this::civilServantsTrained, now -> now == before + 2)
                .andVerify(now -> assertThat(now).isEqualTo(before + 2));
    }

    @Test
    void aListenerThatFailsIsRetriedFromTheRegistryAndCountsOnce(Scenario scenario) {
        doThrow(new TransientDataAccessResourceException("the indicators were locked"))
                .doCallRealMethod().when(training).publishFigures();
        double before = civilServantsTrained();

        scenario.stimulate(tx -> importTwoCivilServants())
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(this::civilServantsTrained, now -> now > before)
                .andVerify((now, job) -> {
                    assertThat(job.status()).as("the import itself does not fail with its listener").isEqualTo(ImportStatus.ACCEPTED);
                    assertThat(now).isEqualTo(before + 2);
                });
        verify(training, atLeast(2)).publishFigures();
    }

    @Test
    void theSameImportAnnouncedTwiceIsCountedOnce(Scenario scenario) {
        double before = civilServantsTrained();
        AtomicReference<ImportJob> imported = new AtomicReference<>();
        scenario.stimulate(tx -> importTwoCivilServants())
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(this::civilServantsTrained, now -> now == before + 2)
                .andVerify((now, job) -> imported.set(job));
        ImportJob job = imported.get();
        long done = completed.findAll().size();

        scenario.publish(new DatasetVersionImported(job.id(), job.dataset(), job.kind(), job.rowsAccepted(), Instant.now()))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> completed.findAll().size(), size -> size > done)
                .andVerify(size -> assertThat(civilServantsTrained()).isEqualTo(before + 2));
    }
}
