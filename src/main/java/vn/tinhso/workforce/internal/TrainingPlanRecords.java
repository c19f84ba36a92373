package vn.tinhso.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.workforce.CourseDraft;
import vn.tinhso.workforce.ProgrammeDraft;
import vn.tinhso.workforce.Session;
import vn.tinhso.workforce.SessionDraft;

/** The writes a steward makes to programmes, courses and sessions, and the session reads they need. */
@Repository
class TrainingPlanRecords {

    private static final String SESSIONS = """
            select s.id, s.course, s.starts_on, s.ends_on, s.commune_code, s.capacity,
                   (select count(*) from workforce.enrolment e where e.session_id = s.id)
            from workforce.session s""";

    private final JdbcClient jdbc;

    TrainingPlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean programmeExists(String code) {
        return jdbc.sql("select count(*) from workforce.programme where code = :c").param("c", code).query(Long.class).single() > 0;
    }

    boolean courseExists(String code) {
        return jdbc.sql("select count(*) from workforce.course where code = :c").param("c", code).query(Long.class).single() > 0;
    }

    void insertProgramme(ProgrammeDraft p) {
        jdbc.sql("insert into workforce.programme (code, name, name_en, starts_on, ends_on, legal_source) values (:c, :n, :e, :f, :t, :l)")
                .param("c", p.code()).param("n", p.name()).param("e", p.nameEn()).param("f", p.startsOn()).param("t", p.endsOn())
                .param("l", p.legalSource()).update();
        insertTargets(p);
    }

    void updateProgramme(ProgrammeDraft p) {
        jdbc.sql("update workforce.programme set name = :n, name_en = :e, starts_on = :f, ends_on = :t, legal_source = :l where code = :c")
                .param("c", p.code()).param("n", p.name()).param("e", p.nameEn()).param("f", p.startsOn()).param("t", p.endsOn())
                .param("l", p.legalSource()).update();
        jdbc.sql("delete from workforce.programme_target where programme = :c").param("c", p.code()).update();
        insertTargets(p);
    }

    private void insertTargets(ProgrammeDraft p) {
        for (ProgrammeDraft.Target t : p.targets())
            jdbc.sql("insert into workforce.programme_target (programme, measure, year, value) values (:p, :m, :y, :v)")
                    .param("p", p.code()).param("m", t.measure()).param("y", t.year()).param("v", t.value()).update();
    }

    void insertCourse(CourseDraft c) {
        jdbc.sql("insert into workforce.course (code, programme, title, title_en, topic, organiser) values (:c, :p, :t, :e, :topic, :o)")
                .param("c", c.code()).param("p", c.programme()).param("t", c.title()).param("e", c.titleEn())
                .param("topic", c.topic()).param("o", c.organiser()).update();
    }

    void updateCourse(CourseDraft c) {
        jdbc.sql("update workforce.course set programme = :p, title = :t, title_en = :e, topic = :topic, organiser = :o where code = :c")
                .param("c", c.code()).param("p", c.programme()).param("t", c.title()).param("e", c.titleEn())
                .param("topic", c.topic()).param("o", c.organiser()).update();
    }

    /** Another session of the same course starting the same day in the same commune, other than {@code except}. */
    boolean sessionClashes(SessionDraft s, long except) {
        return jdbc.sql("select count(*) from workforce.session where course = :c and starts_on = :s and commune_code = :u and id <> :x")
                .param("c", s.course()).param("s", s.startsOn()).param("u", s.communeCode()).param("x", except)
                .query(Long.class).single() > 0;
    }

    long insertSession(SessionDraft s, LocalDate endsOn) {
        return jdbc.sql("""
                insert into workforce.session (course, starts_on, ends_on, commune_code, capacity) values (:c, :s, :e, :u, :cap)
                returning id""")
                .param("c", s.course()).param("s", s.startsOn()).param("e", endsOn).param("u", s.communeCode()).param("cap", s.capacity())
                .query(Long.class).single();
    }

    void updateSession(long id, SessionDraft s, LocalDate endsOn) {
        jdbc.sql("update workforce.session set course = :c, starts_on = :s, ends_on = :e, commune_code = :u, capacity = :cap where id = :id")
                .param("id", id).param("c", s.course()).param("s", s.startsOn()).param("e", endsOn).param("u", s.communeCode())
                .param("cap", s.capacity()).update();
    }

    List<Session> sessions(String course) {
        return jdbc.sql(SESSIONS + " where cast(:c as text) is null or s.course = :c order by s.starts_on, s.id")
                .param("c", course).query(TrainingPlanRecords::session).list();
    }

    Optional<Session> session(long id) {
        return jdbc.sql(SESSIONS + " where s.id = :id").param("id", id).query(TrainingPlanRecords::session).optional();
    }

    private static Session session(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Session(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                rs.getString(5), (Integer) rs.getObject(6), rs.getLong(7));
    }
}
