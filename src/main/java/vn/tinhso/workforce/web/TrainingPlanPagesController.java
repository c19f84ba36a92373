package vn.tinhso.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
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

import vn.tinhso.platform.FormProblems;
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
    private final MessageSource messages;

    TrainingPlanPagesController(Training training, TrainingPlans plans, Validator validator, Territory territory, MessageSource messages) {
        this.training = training;
        this.plans = plans;
        this.validator = validator;
        this.territory = territory;
        this.messages = messages;
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
    String createProgramme(@ModelAttribute ProgrammeForm form, BindingResult binding, Model model, Locale locale) {
        ProgrammeDraft draft = form.toDraft();
        check(draft, binding);
        if (!binding.hasErrors()) {
            try {
                Programme saved = plans.createProgramme(draft);
                return "redirect:/workforce#programme-" + UriUtils.encodeFragment(saved.code(), "UTF-8");
            } catch (IllegalArgumentException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        return programmeForm(model, draft, null, problems(binding, locale));
    }

    @PostMapping("/programmes/{code}")
    @PreAuthorize(STEWARDS)
    String updateProgramme(@PathVariable String code, @ModelAttribute ProgrammeForm form, BindingResult binding, Model model, Locale locale) {
        ProgrammeDraft draft = form.toDraft().withCode(code);
        check(draft, binding);
        if (!binding.hasErrors()) {
            try {
                plans.updateProgramme(code, draft);
                return "redirect:/workforce#programme-" + UriUtils.encodeFragment(code, "UTF-8");
            } catch (NotFoundException e) {
                throw notFound(e.getMessage());
            } catch (IllegalArgumentException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        return programmeForm(model, draft, code, problems(binding, locale));
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
    String createCourse(@Valid @ModelAttribute("draft") CourseDraft draft, BindingResult binding, Model model, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(plans.createCourse(draft).code(), "UTF-8");
            } catch (IllegalArgumentException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        return courseForm(model, draft, null, problems(binding, locale));
    }

    @PostMapping("/courses/{code}")
    @PreAuthorize(STEWARDS)
    String updateCourse(@PathVariable String code, @ModelAttribute("draft") CourseDraft form, BindingResult binding, Model model,
                        Locale locale) {
        CourseDraft draft = form.withCode(code);
        check(draft, binding);
        if (!binding.hasErrors()) {
            try {
                plans.updateCourse(code, draft);
                return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(code, "UTF-8");
            } catch (NotFoundException e) {
                throw notFound(e.getMessage());
            } catch (IllegalArgumentException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        return courseForm(model, draft, code, problems(binding, locale));
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
    String createSession(@Valid @ModelAttribute("draft") SessionDraft draft, BindingResult binding, Model model, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Session saved = plans.createSession(draft);
                return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(saved.course(), "UTF-8");
            } catch (IllegalArgumentException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        return sessionForm(model, orBlank(draft, binding), null, problems(binding, locale));
    }

    @PostMapping("/sessions/{id}")
    @PreAuthorize(STEWARDS)
    String updateSession(@PathVariable long id, @Valid @ModelAttribute("draft") SessionDraft draft, BindingResult binding, Model model,
                         Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Session saved = plans.updateSession(id, draft);
                return "redirect:/workforce/courses/" + UriUtils.encodePathSegment(saved.course(), "UTF-8");
            } catch (NotFoundException e) {
                throw notFound(e.getMessage());
            } catch (IllegalArgumentException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        return sessionForm(model, orBlank(draft, binding), id, problems(binding, locale));
    }

    /** A draft whose fields could not all be converted is not built; the form then comes back with what the binder kept. */
    private static SessionDraft orBlank(SessionDraft draft, BindingResult binding) {
        if (draft != null) return draft;
        return new SessionDraft(text(binding.getFieldValue("course")), null, null, text(binding.getFieldValue("communeCode")), null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
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

    /** The rules the API applies with {@code @Valid}, for drafts put together after binding. */
    private void check(Object draft, BindingResult binding) {
        // A field the binder could not convert is null in the draft: saying it is also missing would say it twice.
        if (binding.hasFieldErrors()) return;
        validator.validate(draft).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> binding.reject("invalid", v.getPropertyPath() + ": " + v.getMessage()));
    }

    private String problems(BindingResult binding, Locale locale) {
        return FormProblems.describe(binding, messages, locale);
    }

    /** Blank fields are absent, and dates are written yyyy-mm-dd, as the browser's date input sends them. */
    @InitBinder
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(LocalDate.class, new IsoDateEditor());
    }

    /** Pages answer 404 with the error page; the API's problem details are for REST controllers. */
    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
