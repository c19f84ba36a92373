package vn.tinhso.workforce;

import java.util.List;
import java.util.Optional;

/**
 * How a data steward or administrator keeps the programmes, courses and sessions. Every change is
 * audited; a draft that names an unknown programme, course, topic, measure or commune is refused with
 * an {@link InvalidTrainingField}.
 */
public interface TrainingPlans {

    /** The course topics the database and the digital-workforce pack's disaggregation know. */
    List<String> TOPICS = List.of("ecommerce", "digital_skills", "security_awareness", "data", "digital_government");

    /** The measures whose progress the programme page computes. */
    List<String> MEASURES = List.of("CIVIL_SERVANTS_TRAINED", "BUSINESS_TRAINED", "CITIZENS_TRAINED", "ECOMMERCE_PARTICIPANTS", "CERTIFICATES");

    Optional<Programme> programme(String code);

    Programme createProgramme(ProgrammeDraft draft);

    /** Replaces the programme's details and its whole list of targets. */
    Programme updateProgramme(String code, ProgrammeDraft draft);

    Optional<Training.CourseSummary> course(String code);

    Training.CourseSummary createCourse(CourseDraft draft);

    Training.CourseSummary updateCourse(String code, CourseDraft draft);

    /** The course's sessions, oldest first; all sessions when {@code course} is null. */
    List<Session> sessions(String course);

    Optional<Session> session(long id);

    Session createSession(SessionDraft draft);

    Session updateSession(long id, SessionDraft draft);
}
