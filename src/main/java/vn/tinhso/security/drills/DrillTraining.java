package vn.tinhso.security.drills;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.platform.NotFoundException;
import vn.tinhso.workforce.Training;

/** Awareness training sessions recorded against a drill run, each one a course of the workforce module. */
@Service
public class DrillTraining {

    private final JdbcClient jdbc;
    private final Training training;

    DrillTraining(JdbcClient jdbc, Training training) {
        this.jdbc = jdbc;
        this.training = training;
    }

    /** A session as the run page lists it, with the course's title in both languages when the course still exists. */
    public record Session(long id, String courseCode, String title, String titleEn, LocalDate heldOn, int participants, String recordedBy) {
    }

    public List<Training.CourseSummary> courses() {
        return training.courses();
    }

    public Session record(long runId, String courseCode, LocalDate heldOn, int participants, String actor) {
        if (heldOn == null) throw new IllegalArgumentException("say when the training was held");
        if (participants < 0 || participants > 100_000) throw new IllegalArgumentException("participants are 0 to 100,000");
        Training.CourseSummary course = course(courseCode).orElseThrow(() -> new IllegalArgumentException("no course " + courseCode));
        if (jdbc.sql("select count(*) from security.drill_run where id = :id").param("id", runId).query(Long.class).single() == 0) {
            throw new NotFoundException("No drill run " + runId);
        }
        long id = jdbc.sql("""
                insert into security.drill_training (run_id, course_code, held_on, participants, recorded_by)
                values (:r, :c, :d, :p, :a) returning id""")
                .param("r", runId).param("c", course.code()).param("d", Date.valueOf(heldOn)).param("p", participants)
                .param("a", actor).query(Long.class).single();
        return new Session(id, course.code(), course.title(), course.titleEn(), heldOn, participants, actor);
    }

    public List<Session> of(long runId) {
        List<Training.CourseSummary> courses = training.courses();
        return jdbc.sql("select id, course_code, held_on, participants, recorded_by from security.drill_training where run_id = :r order by held_on, id")
                .param("r", runId)
                .query((rs, n) -> {
                    String code = rs.getString(2);
                    Optional<Training.CourseSummary> c = courses.stream().filter(x -> x.code().equals(code)).findFirst();
                    return new Session(rs.getLong(1), code, c.map(Training.CourseSummary::title).orElse(code),
                            c.map(Training.CourseSummary::titleEn).orElse(code), rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getString(5));
                }).list();
    }

    private Optional<Training.CourseSummary> course(String code) {
        return code == null ? Optional.empty() : training.courses().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
