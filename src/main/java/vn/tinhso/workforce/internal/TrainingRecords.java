package vn.tinhso.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.workforce.Programme;
import vn.tinhso.workforce.Training;

@Repository
class TrainingRecords {

    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> topicOf(String course) {
        return jdbc.sql("select topic from workforce.course where code = :c").param("c", course).query(String.class).optional();
    }

    long session(String course, LocalDate startsOn, LocalDate endsOn, String commune) {
        jdbc.sql("insert into workforce.session (course, starts_on, ends_on, commune_code) values (:c, :s, :e, :u) on conflict do nothing")
                .param("c", course).param("s", startsOn).param("e", endsOn == null ? startsOn : endsOn).param("u", commune).update();
        return jdbc.sql("select id from workforce.session where course = :c and starts_on = :s and commune_code = :u")
                .param("c", course).param("s", startsOn).param("u", commune).query(Long.class).single();
    }

    /** A re-imported enrolment updates its completion and certificate: organisers send the list again after the exam. */
    void enrol(long session, String trainee, String type, String sex, String commune, LocalDate completedOn, String certificate, Long version) {
        jdbc.sql("""
                insert into workforce.enrolment (session_id, trainee_ref, trainee_type, sex, commune_code, completed_on, certificate_no, dataset_version)
                values (:s, :t, :ty, :sex, :c, :done, :cert, :v)
                on conflict (session_id, trainee_ref) do update set completed_on = excluded.completed_on,
                    certificate_no = excluded.certificate_no, dataset_version = coalesce(excluded.dataset_version, workforce.enrolment.dataset_version)""")
                .param("s", session).param("t", trainee).param("ty", type).param("sex", sex).param("c", commune)
                .param("done", completedOn).param("cert", certificate).param("v", version).update();
    }

    List<Programme> programmes() {
        List<Programme> list = new ArrayList<>();
        jdbc.sql("select code, name, name_en, starts_on, ends_on, legal_source from workforce.programme order by code")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6)})
                .list().forEach(p -> list.add(new Programme((String) p[0], (String) p[1], (String) p[2], (LocalDate) p[3], (LocalDate) p[4],
                        (String) p[5], progress((String) p[0], (LocalDate) p[3]))));
        return list;
    }

    private List<Programme.Progress> progress(String programme, LocalDate from) {
        return jdbc.sql("""
                select t.measure, t.year, t.value, (
                    select count(*) from workforce.enrolment e join workforce.session s on s.id = e.session_id
                    join workforce.course c on c.code = s.course
                    where c.programme = t.programme
                      -- dated as the digital-workforce pack's elements are: enrolments by the session's start, the rest by completion
                      and (case when t.measure = 'ECOMMERCE_PARTICIPANTS' then s.starts_on else e.completed_on end)
                          between :from and make_date(t.year, 12, 31) and (
                        (t.measure = 'CIVIL_SERVANTS_TRAINED' and e.trainee_type = 'civil_servant' and e.completed_on is not null)
                     or (t.measure = 'BUSINESS_TRAINED' and e.trainee_type = 'business' and e.completed_on is not null)
                     or (t.measure = 'CITIZENS_TRAINED' and e.trainee_type = 'citizen' and e.completed_on is not null)
                     or (t.measure = 'ECOMMERCE_PARTICIPANTS' and c.topic = 'ecommerce')
                     or (t.measure = 'CERTIFICATES' and e.certificate_no is not null)))
                from workforce.programme_target t where t.programme = :p order by t.year, t.measure""")
                .param("p", programme).param("from", from)
                .query((rs, n) -> new Programme.Progress(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))).list();
    }

    List<Training.CourseSummary> courses() {
        return jdbc.sql("""
                select c.code, c.programme, c.title, c.title_en, c.topic, c.organiser,
                       (select count(*) from workforce.session s where s.course = c.code),
                       count(e.id), count(e.completed_on), count(e.certificate_no)
                from workforce.course c left join workforce.session s on s.course = c.code left join workforce.enrolment e on e.session_id = s.id
                group by c.code order by c.code""")
                .query((rs, n) -> new Training.CourseSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .list();
    }

    /** Counts per commune, month, topic and trainee type, in the shape of the digital-workforce pack's elements. */
    List<DataValue> figures() {
        return jdbc.sql("""
                select 'WF_ENROLLED', e.commune_code, to_char(s.starts_on, 'YYYYMM'), c.topic, e.trainee_type, count(*)
                from workforce.enrolment e join workforce.session s on s.id = e.session_id join workforce.course c on c.code = s.course
                group by 2, 3, 4, 5
                union all
                select 'WF_COMPLETED', e.commune_code, to_char(e.completed_on, 'YYYYMM'), c.topic, e.trainee_type, count(*)
                from workforce.enrolment e join workforce.session s on s.id = e.session_id join workforce.course c on c.code = s.course
                where e.completed_on is not null group by 2, 3, 4, 5
                union all
                select 'WF_CERTIFIED', e.commune_code, to_char(e.completed_on, 'YYYYMM'), c.topic, e.trainee_type, count(*)
                from workforce.enrolment e join workforce.session s on s.id = e.session_id join workforce.course c on c.code = s.course
                where e.certificate_no is not null and e.completed_on is not null group by 2, 3, 4, 5""")
                .query((rs, n) -> new DataValue(rs.getString(1), "topic=" + rs.getString(4) + ";trainee=" + rs.getString(5),
                        rs.getString(2), rs.getString(3), BigDecimal.valueOf(rs.getLong(6)), ValueStatus.OFFICIAL))
                .list();
    }
}
