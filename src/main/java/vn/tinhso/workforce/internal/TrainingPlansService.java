package vn.tinhso.workforce.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.Territory;
import vn.tinhso.workforce.CourseDraft;
import vn.tinhso.workforce.InvalidTrainingField;
import vn.tinhso.workforce.Programme;
import vn.tinhso.workforce.ProgrammeDraft;
import vn.tinhso.workforce.Session;
import vn.tinhso.workforce.SessionDraft;
import vn.tinhso.workforce.Training;
import vn.tinhso.workforce.TrainingPlans;

@Service
class TrainingPlansService implements TrainingPlans {

    private final TrainingPlanRecords records;
    private final Training training;
    private final Territory territory;
    private final AuditLog audit;

    TrainingPlansService(TrainingPlanRecords records, Training training, Territory territory, AuditLog audit) {
        this.records = records;
        this.training = training;
        this.territory = territory;
        this.audit = audit;
    }

    @Override
    public Optional<Programme> programme(String code) {
        return training.programmes().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    @Transactional
    public Programme createProgramme(ProgrammeDraft draft) {
        if (draft.code() == null || draft.code().isBlank()) throw new InvalidTrainingField("code", "a new programme needs a code");
        if (records.programmeExists(draft.code())) throw new InvalidTrainingField("code", "programme " + draft.code() + " exists already");
        check(draft);
        records.insertProgramme(draft);
        audit.record(AuditEntry.of("workforce.programme.create", "workforce.programme", draft.code()).withDetail(draft.name()));
        return programme(draft.code()).orElseThrow();
    }

    @Override
    @Transactional
    public Programme updateProgramme(String code, ProgrammeDraft draft) {
        if (!records.programmeExists(code)) throw new NotFoundException("No programme " + code);
        sameCode(code, draft.code());
        ProgrammeDraft p = draft.withCode(code);
        check(p);
        records.updateProgramme(p);
        audit.record(AuditEntry.of("workforce.programme.update", "workforce.programme", code).withDetail(p.name()));
        return programme(code).orElseThrow();
    }

    private static void check(ProgrammeDraft p) {
        if (p.endsOn().isBefore(p.startsOn())) throw new InvalidTrainingField("endsOn", "ends before it starts (" + p.startsOn() + ")");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < p.targets().size(); i++) {
            ProgrammeDraft.Target t = p.targets().get(i);
            if (!MEASURES.contains(t.measure()))
                throw new InvalidTrainingField("targets[" + i + "].measure", "must be one of " + MEASURES);
            if (t.year() < p.startsOn().getYear() || t.year() > p.endsOn().getYear())
                throw new InvalidTrainingField("targets[" + i + "].year", "must fall in the programme's period "
                        + p.startsOn().getYear() + "–" + p.endsOn().getYear());
            if (!seen.add(t.measure() + "/" + t.year()))
                throw new InvalidTrainingField("targets[" + i + "]", "a second target for " + t.measure() + " in " + t.year());
        }
    }

    @Override
    public Optional<Training.CourseSummary> course(String code) {
        return training.courses().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    @Transactional
    public Training.CourseSummary createCourse(CourseDraft draft) {
        if (draft.code() == null || draft.code().isBlank()) throw new InvalidTrainingField("code", "a new course needs a code");
        if (records.courseExists(draft.code())) throw new InvalidTrainingField("code", "course " + draft.code() + " exists already");
        check(draft);
        records.insertCourse(draft);
        audit.record(AuditEntry.of("workforce.course.create", "workforce.course", draft.code()).withDetail(draft.programme() + " " + draft.title()));
        return course(draft.code()).orElseThrow();
    }

    @Override
    @Transactional
    public Training.CourseSummary updateCourse(String code, CourseDraft draft) {
        if (!records.courseExists(code)) throw new NotFoundException("No course " + code);
        sameCode(code, draft.code());
        CourseDraft c = draft.withCode(code);
        check(c);
        records.updateCourse(c);
        audit.record(AuditEntry.of("workforce.course.update", "workforce.course", code).withDetail(c.programme() + " " + c.title()));
        // Its enrolments count under the topic, which may have changed.
        training.publishFigures();
        return course(code).orElseThrow();
    }

    private void check(CourseDraft c) {
        if (!records.programmeExists(c.programme())) throw new InvalidTrainingField("programme", "no programme " + c.programme());
        if (!TOPICS.contains(c.topic())) throw new InvalidTrainingField("topic", "must be one of " + TOPICS);
    }

    @Override
    public List<Session> sessions(String course) {
        return records.sessions(course);
    }

    @Override
    public Optional<Session> session(long id) {
        return records.session(id);
    }

    @Override
    @Transactional
    public Session createSession(SessionDraft draft) {
        LocalDate endsOn = check(draft, 0);
        long id = records.insertSession(draft, endsOn);
        audit.record(AuditEntry.of("workforce.session.create", "workforce.session", Long.toString(id))
                .withDetail(draft.course() + " " + draft.startsOn() + " " + draft.communeCode()));
        return records.session(id).orElseThrow();
    }

    @Override
    @Transactional
    public Session updateSession(long id, SessionDraft draft) {
        if (records.session(id).isEmpty()) throw new NotFoundException("No session " + id);
        LocalDate endsOn = check(draft, id);
        records.updateSession(id, draft, endsOn);
        audit.record(AuditEntry.of("workforce.session.update", "workforce.session", Long.toString(id))
                .withDetail(draft.course() + " " + draft.startsOn() + " " + draft.communeCode()));
        // Its enrolments may now count under another month or course.
        training.publishFigures();
        return records.session(id).orElseThrow();
    }

    /** The session's end date, once the draft is known to be sound. */
    private LocalDate check(SessionDraft s, long id) {
        if (!records.courseExists(s.course())) throw new InvalidTrainingField("course", "no course " + s.course());
        LocalDate endsOn = s.endsOn() == null ? s.startsOn() : s.endsOn();
        if (endsOn.isBefore(s.startsOn())) throw new InvalidTrainingField("endsOn", "ends before it starts (" + s.startsOn() + ")");
        // Communes merge and split: the code must name a commune on the day the session starts.
        if (territory.unit(s.communeCode(), s.startsOn()).filter(u -> u.level().equals("commune")).isEmpty())
            throw new InvalidTrainingField("communeCode", "no commune " + s.communeCode() + " on " + s.startsOn());
        if (records.sessionClashes(s, id))
            throw new InvalidTrainingField("startsOn", "course " + s.course() + " already has a session starting "
                    + s.startsOn() + " in commune " + s.communeCode());
        return endsOn;
    }

    private static void sameCode(String code, String fromBody) {
        if (fromBody != null && !fromBody.isBlank() && !fromBody.equals(code))
            throw new InvalidTrainingField("code", "the code is " + code + " and cannot be changed");
    }
}
