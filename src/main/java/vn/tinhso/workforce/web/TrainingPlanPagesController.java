package vn.tinhso.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.Territory;
import vn.tinhso.workforce.CourseDraft;
import vn.tinhso.workforce.Programme;
import vn.tinhso.workforce.ProgrammeDraft;
import vn.tinhso.workforce.Session;
import vn.tinhso.workforce.SessionDraft;
import vn.tinhso.workforce.Training;
import vn.tinhso.workforce.TrainingPlans;

/**
 * The forms with which a data steward or administrator adds and corrects programmes, courses and
 * sessions, and the course page that lists its sessions. A refused form comes back filled in, with
 * the problem above it.
 */
@Controller
@RequestMapping("/workforce")
class TrainingPlanPagesController {

    private static final String STEWARDS = TrainingPlansApiController.STEWARDS;
    /** Blank target rows below the existing ones, enough for a scheme's usual milestones. */
    private static final int BLANK_TARGETS = 3;

    private final Training training;
    private final TrainingPlans plans;
    private final Validator validator;
    private final Territory territory;

    TrainingPlanPagesController(Training training, TrainingPlans plans, Validator validator, Territory territory) {
        this.training = training;
        this.plans = plans;
        this.validator = validator;
        this.territory = territory;
    }

    @GetMapping("/courses/{code}")
    String course(@PathVariable String code, Model model) {
        Training.CourseSummary course = plans.course(code).orElseThrow(() -> notFound("No course " + code));
        model.addAttribute("course", course);
        model.addAttribute("programme", plans.programme(course.programme()).orElse(null));
        model.addAttribute("sessions", plans.sessions(code));
        return "workforce/course";
    }

    // Programmes

    @GetMapping("/programmes/new")
    @PreAuthorize(STEWARDS)
    String newProgramme(Model model) {
        return programmeForm(model, new ProgrammeDraft(null, null, null, null, null, null, List.of()), null, null);
    }

    @GetMapping("/programmes/{code}/edit")
    @PreAuthorize(STEWARDS)
    String editProgramme(@PathVariable String code, Model model) {
        Programme p = plans.programme(code).orElseThrow(() -> notFound("No programme " + code));
        List<ProgrammeDraft.Target> targets = p.progress().stream()
                .map(g -> new ProgrammeDraft.Target(g.measure(), g.year(), g.target())).toList();
        return programmeForm(model, new ProgrammeDraft(p.code(), p.name(), p.nameEn(), p.startsOn(), p.endsOn(), p.legalSource(), targets),
                code, null);
    }

    @PostMapping("/programmes")
    @PreAuthorize(STEWARDS)
    String createProgramme(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                           @RequestParam(required = false) String nameEn, @RequestParam(required = false) String startsOn,
                           @RequestParam(required = false) String endsOn, @RequestParam(required = false) String legalSource,
                           @RequestParam(required = false) String[] measure, @RequestParam(required = false) String[] year,
                           @RequestParam(required = false) String[] value, Model model) {
        ProgrammeDraft draft = null;
        try {
            draft = programmeDraft(code, name, nameEn, startsOn, endsOn, legalSource, measure, year, value);
            valid(draft);
            Programme saved = plans.createProgramme(draft);
            return "redirect:/workforce#programme-" + UriUtils.encodeFragment(saved.code(), "UTF-8");
        } catch (IllegalArgumentException e) {
            return programmeForm(model, draft != null ? draft : blankProgramme(code, name, nameEn, legalSource), null, e.getMessage());
        }
    }

    @PostMapping("/programmes/{code}")
    @PreAuthorize(STEWARDS)
    String updateProgramme(@PathVariable String code, @RequestParam(required = false) String name,
                           @RequestParam(required = false) String nameEn, @RequestParam(required = false) String startsOn,
                           @RequestParam(required = false) String endsOn, @RequestParam(required = false) String legalSource,
                           @RequestParam(required = false) String[] measure, @RequestParam(required = false) String[] year,
                           @RequestParam(required = false) String[] value, Model model) {
        ProgrammeDraft draft = null;
        try {
            draft = programmeDraft(code, name, nameEn, startsOn, endsOn, legalSource, measure, year, value);
            valid(draft);
            plans.updateProgramme(code, draft);
            return "redirect:/workforce#programme-" + UriUtils.encodeFragment(code, "UTF-8");
        } catch (NotFoundException e) {
            throw notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            return programmeForm(model, draft != null ? draft : blankProgramme(code, name, nameEn, legalSource), code, e.getMessage());
        }
    }

    private static ProgrammeDraft programmeDraft(String code, String name, String nameEn, String startsOn, String endsOn, String legalSource,
                                                 String[] measure, String[] year, String[] value) {
        List<ProgrammeDraft.Target> targets = new ArrayList<>();
        int rows = measure == null ? 0 : measure.length;
        for (int i = 0; i < rows; i++) {
            String m = FormValues.text(measure[i]);
            String y = year != null && i < year.length ? year[i] : null;
            String v = value != null && i < value.length ? value[i] : null;
            // A row left blank is one of the spare rows, not a mistake.
            if (m == null && FormValues.text(y) == null && FormValues.text(v) == null) continue;
            targets.add(new ProgrammeDraft.Target(m, FormValues.number("targets[" + i + "].year", y),
                    FormValues.number("targets[" + i + "].value", v)));
        }
        return new ProgrammeDraft(FormValues.text(code), FormValues.text(name), FormValues.text(nameEn), FormValues.date("startsOn", startsOn),
                FormValues.date("endsOn", endsOn), FormValues.text(legalSource), targets);
    }

    private static ProgrammeDraft blankProgramme(String code, String name, String nameEn, String legalSource) {
        return new ProgrammeDraft(code, name, nameEn, null, null, legalSource, List.of());
    }

    private String programmeForm(Model model, ProgrammeDraft draft, String editing, String error) {
        List<ProgrammeDraft.Target> rows = new ArrayList<>(draft.targets());
        for (int i = 0; i < BLANK_TARGETS; i++) rows.add(new ProgrammeDraft.Target(null, null, null));
        model.addAttribute("draft", draft);
        model.addAttribute("targetRows", rows);
        model.addAttribute("editing", editing);
        model.addAttribute("measures", TrainingPlans.MEASURES);
        model.addAttribute("error", error);
        return "workforce/programme-form";
    }

    // Courses

    @GetMapping("/courses/new")
    @PreAuthorize(STEWARDS)
    String newCourse(@RequestParam(required = false) String programme, Model model) {
        return courseForm(model, new CourseDraft(null, programme, null, null, null, null), null, null);
    }

    @GetMapping("/courses/{code}/edit")
    @PreAuthorize(STEWARDS)
    String editCourse(@PathVariable String code, Model model) {
        Training.CourseSummary c = plans.course(code).orElseThrow(() -> notFound("No course " + code));
        return courseForm(model, new CourseDraft(c.code(), c.programme(), c.title(), c.titleEn(), c.topic(), c.organiser()), code, null);
    }

    @PostMapping("/courses")
    @PreAuthorize(STEWARDS)
    String createCourse(@RequestParam(required = false) String code, @RequestParam(required = false) String programme,
                        @RequestParam(required = false) String title, @RequestParam(required = false) String titleEn,
                        @RequestParam(required = false) String topic, @RequestParam(required = false) String organiser, Model model) {
        CourseDraft draft = courseDraft(code, programme, title, titleEn, topic, organiser);
        try {
            valid(draft);
            return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(plans.createCourse(draft).code(), "UTF-8");
        } catch (IllegalArgumentException e) {
            return courseForm(model, draft, null, e.getMessage());
        }
    }

    @PostMapping("/courses/{code}")
    @PreAuthorize(STEWARDS)
    String updateCourse(@PathVariable String code, @RequestParam(required = false) String programme,
                        @RequestParam(required = false) String title, @RequestParam(required = false) String titleEn,
                        @RequestParam(required = false) String topic, @RequestParam(required = false) String organiser, Model model) {
        CourseDraft draft = courseDraft(code, programme, title, titleEn, topic, organiser);
        try {
            valid(draft);
            plans.updateCourse(code, draft);
            return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(code, "UTF-8");
        } catch (NotFoundException e) {
            throw notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            return courseForm(model, draft, code, e.getMessage());
        }
    }

    private static CourseDraft courseDraft(String code, String programme, String title, String titleEn, String topic, String organiser) {
        return new CourseDraft(FormValues.text(code), FormValues.text(programme), FormValues.text(title), FormValues.text(titleEn),
                FormValues.text(topic), FormValues.text(organiser));
    }

    private String courseForm(Model model, CourseDraft draft, String editing, String error) {
        model.addAttribute("draft", draft);
        model.addAttribute("editing", editing);
        model.addAttribute("programmes", training.programmes());
        model.addAttribute("topics", TrainingPlans.TOPICS);
        model.addAttribute("error", error);
        return "workforce/course-form";
    }

    // Sessions

    @GetMapping("/sessions/new")
    @PreAuthorize(STEWARDS)
    String newSession(@RequestParam(required = false) String course, Model model) {
        return sessionForm(model, new SessionDraft(course, null, null, null, null), null, null);
    }

    @GetMapping("/sessions/{id}/edit")
    @PreAuthorize(STEWARDS)
    String editSession(@PathVariable long id, Model model) {
        Session s = plans.session(id).orElseThrow(() -> notFound("No session " + id));
        return sessionForm(model, new SessionDraft(s.course(), s.startsOn(), s.endsOn(), s.communeCode(), s.capacity()), id, null);
    }

    @PostMapping("/sessions")
    @PreAuthorize(STEWARDS)
    String createSession(@RequestParam(required = false) String course, @RequestParam(required = false) String startsOn,
                         @RequestParam(required = false) String endsOn, @RequestParam(required = false) String communeCode,
                         @RequestParam(required = false) String capacity, Model model) {
        SessionDraft draft = null;
        try {
            draft = sessionDraft(course, startsOn, endsOn, communeCode, capacity);
            valid(draft);
            Session saved = plans.createSession(draft);
            return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(saved.course(), "UTF-8");
        } catch (IllegalArgumentException e) {
            return sessionForm(model, draft != null ? draft : new SessionDraft(course, null, null, communeCode, null), null, e.getMessage());
        }
    }

    @PostMapping("/sessions/{id}")
    @PreAuthorize(STEWARDS)
    String updateSession(@PathVariable long id, @RequestParam(required = false) String course, @RequestParam(required = false) String startsOn,
                         @RequestParam(required = false) String endsOn, @RequestParam(required = false) String communeCode,
                         @RequestParam(required = false) String capacity, Model model) {
        SessionDraft draft = null;
        try {
            draft = sessionDraft(course, startsOn, endsOn, communeCode, capacity);
            valid(draft);
            Session saved = plans.updateSession(id, draft);
            return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(saved.course(), "UTF-8");
        } catch (NotFoundException e) {
            throw notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            return sessionForm(model, draft != null ? draft : new SessionDraft(course, null, null, communeCode, null), id, e.getMessage());
        }
    }

    private static SessionDraft sessionDraft(String course, String startsOn, String endsOn, String communeCode, String capacity) {
        return new SessionDraft(FormValues.text(course), FormValues.date("startsOn", startsOn), FormValues.date("endsOn", endsOn),
                FormValues.text(communeCode), FormValues.number("capacity", capacity));
    }

    private String sessionForm(Model model, SessionDraft draft, Long editing, String error) {
        model.addAttribute("draft", draft);
        model.addAttribute("editing", editing);
        model.addAttribute("courses", training.courses());
        // The communes as they stood on the session's first day, since codes change when communes merge.
        model.addAttribute("communes", territory.units(draft.startsOn() != null ? draft.startsOn() : LocalDate.now(), "commune", null));
        model.addAttribute("error", error);
        return "workforce/session-form";
    }

    /** The same rules the API applies with {@code @Valid}, reported the same way: field, then problem. */
    private void valid(Object draft) {
        Set<ConstraintViolation<Object>> problems = validator.validate(draft);
        if (!problems.isEmpty())
            throw new IllegalArgumentException(problems.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).reduce((a, b) -> a + "; " + b).orElseThrow());
    }

    /** Pages answer 404 with the error page; the API's problem details are for REST controllers. */
    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
