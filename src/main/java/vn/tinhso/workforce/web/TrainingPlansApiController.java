package vn.tinhso.workforce.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.workforce.CourseDraft;
import vn.tinhso.workforce.Programme;
import vn.tinhso.workforce.ProgrammeDraft;
import vn.tinhso.workforce.Session;
import vn.tinhso.workforce.SessionDraft;
import vn.tinhso.workforce.Training;
import vn.tinhso.workforce.TrainingPlans;

/** Programmes, courses and sessions as JSON; a data steward or administrator creates and corrects them. */
@RestController
@RequestMapping("/api/workforce")
class TrainingPlansApiController {

    static final String STEWARDS = Role.IS_ADMIN_OR_STEWARD;

    private final Training training;
    private final TrainingPlans plans;

    TrainingPlansApiController(Training training, TrainingPlans plans) {
        this.training = training;
        this.plans = plans;
    }

    @GetMapping("/programmes")
    List<Programme> programmes() {
        return training.programmes();
    }

    @GetMapping("/programmes/{code}")
    Programme programme(@PathVariable String code) {
        return plans.programme(code).orElseThrow(() -> new NotFoundException("No programme " + code));
    }

    @PostMapping("/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STEWARDS)
    Programme createProgramme(@Valid @RequestBody ProgrammeDraft draft) {
        return plans.createProgramme(draft);
    }

    @PutMapping("/programmes/{code}")
    @PreAuthorize(STEWARDS)
    Programme updateProgramme(@PathVariable String code, @Valid @RequestBody ProgrammeDraft draft) {
        return plans.updateProgramme(code, draft);
    }

    /** Wrapped in an object, as it always was, so clients that read {@code courses} keep working. */
    @GetMapping("/courses")
    Courses courses(@RequestParam(required = false) String programme) {
        return new Courses(training.courses().stream().filter(c -> programme == null || c.programme().equals(programme)).toList());
    }

    record Courses(List<Training.CourseSummary> courses) {
    }

    @GetMapping("/courses/{code}")
    Training.CourseSummary course(@PathVariable String code) {
        return plans.course(code).orElseThrow(() -> new NotFoundException("No course " + code));
    }

    @PostMapping("/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STEWARDS)
    Training.CourseSummary createCourse(@Valid @RequestBody CourseDraft draft) {
        return plans.createCourse(draft);
    }

    @PutMapping("/courses/{code}")
    @PreAuthorize(STEWARDS)
    Training.CourseSummary updateCourse(@PathVariable String code, @Valid @RequestBody CourseDraft draft) {
        return plans.updateCourse(code, draft);
    }

    @GetMapping("/sessions")
    List<Session> sessions(@RequestParam(required = false) String course) {
        return plans.sessions(course);
    }

    @GetMapping("/sessions/{id}")
    Session session(@PathVariable long id) {
        return plans.session(id).orElseThrow(() -> new NotFoundException("No session " + id));
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STEWARDS)
    Session createSession(@Valid @RequestBody SessionDraft draft) {
        return plans.createSession(draft);
    }

    @PutMapping("/sessions/{id}")
    @PreAuthorize(STEWARDS)
    Session updateSession(@PathVariable long id, @Valid @RequestBody SessionDraft draft) {
        return plans.updateSession(id, draft);
    }
}
