package vn.tinhso.security.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tinhso.access.Role;
import vn.tinhso.security.drills.DrillRun;
import vn.tinhso.security.drills.DrillScore;
import vn.tinhso.security.drills.DrillTraining;
import vn.tinhso.security.drills.Drills;
import vn.tinhso.security.drills.ScenarioLibrary;

/** The drill library, running a drill, the live board and after-action report of a run, and its XLSX export. */
@Controller
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class DrillPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Drills drills;
    private final DrillTraining training;
    private final MessageSource messages;

    DrillPages(Drills drills, DrillTraining training, MessageSource messages) {
        this.drills = drills;
        this.training = training;
        this.messages = messages;
    }

    @GetMapping("/security/drills")
    String library(Model model) {
        model.addAttribute("scenarios", ScenarioLibrary.ALL);
        model.addAttribute("runs", drills.runs().stream().map(r -> drills.score(r.id())).toList());
        return "security/drills";
    }

    @PostMapping("/security/drills")
    String start(@RequestParam String scenario, @RequestParam String team,
                 @RequestParam(defaultValue = "false") boolean compressed, Principal who, Model model,
                 jakarta.servlet.http.HttpServletResponse response) {
        if (team.isBlank() || team.length() > 200) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "security.drill.problem.team");
            return library(model);
        }
        return "redirect:/security/drills/runs/" + drills.start(scenario, team, who.getName(), !compressed).id();
    }

    @GetMapping("/security/drills/runs/{id}")
    String run(@PathVariable long id, Model model) {
        DrillScore score = drills.score(id);
        model.addAttribute("score", score);
        model.addAttribute("scenario", ScenarioLibrary.byCode(score.run().scenario()).orElseThrow());
        model.addAttribute("ranking", drills.ranking(score.run().scenario()));
        model.addAttribute("trainings", training.of(id));
        model.addAttribute("courses", training.courses());
        model.addAttribute("today", java.time.LocalDate.now());
        return "security/drill-run";
    }

    @PostMapping("/security/drills/runs/{id}/training")
    String recordTraining(@PathVariable long id, @RequestParam String course,
                          @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate heldOn,
                          @RequestParam int participants, Principal who, Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            training.record(id, course, heldOn, participants, who.getName());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("trainingProblem", "security.drill.problem.training");
            return run(id, model);
        }
        return "redirect:/security/drills/runs/" + id;
    }

    /** The board's live part, which the page polls while the team works the alerts. */
    @GetMapping("/security/drills/runs/{id}/board")
    String board(@PathVariable long id, Model model) {
        model.addAttribute("score", drills.score(id));
        return "security/drill-run :: board";
    }

    @PostMapping("/security/drills/runs/{id}/lessons")
    String lessons(@PathVariable long id, @RequestParam(required = false) String lessons, Principal who) {
        drills.lessons(id, lessons, who.getName());
        return "redirect:/security/drills/runs/" + id;
    }

    @GetMapping("/security/drills/runs/{id}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
        DrillScore s = drills.score(id);
        Locale l = LocaleContextHolder.getLocale();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet(text("security.drill.export.summary", l));
            row(summary, 0, text("security.drill.scenario", l), text("security.drill." + s.run().scenario(), l));
            row(summary, 1, text("security.drill.team", l), s.run().team());
            row(summary, 2, text("security.drill.startedAt", l), TIME.format(s.run().startedAt()));
            row(summary, 3, text("security.drill.coverage", l), String.format(Locale.ROOT, "%.1f", s.coverage()));
            row(summary, 4, text("security.drill.score", l), String.format(Locale.ROOT, "%.1f", s.score()));
            row(summary, 5, text("security.drill.mttd", l), String.valueOf(DrillScore.seconds(s.meanTimeToDetect())));
            row(summary, 6, text("security.drill.lessons", l), s.run().lessons() == null ? "" : s.run().lessons());
            Sheet injects = book.createSheet(text("security.drill.injects", l));
            row(injects, 0, text("security.drill.inject", l), text("security.drill.technique", l), text("security.drill.injectedAt", l),
                    text("security.drill.detected", l), text("security.drill.ttd", l), text("security.drill.ttc", l), text("security.drill.handled", l));
            int r = 1;
            for (DrillScore.InjectResult i : s.injects()) {
                row(injects, r++, i.code(), i.technique(), TIME.format(i.at()), i.detected() ? "#" + i.alertId() : "—",
                        String.valueOf(DrillScore.seconds(i.timeToDetect())), String.valueOf(DrillScore.seconds(i.timeToContain())),
                        String.valueOf(i.handled()));
            }
            Sheet timeline = book.createSheet(text("security.drill.timeline", l));
            r = 0;
            for (DrillScore.TimelineItem t : s.timeline()) row(timeline, r++, TIME.format(t.at()), t.what(), t.detail());
            book.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("drill-" + id + ".xlsx").build().toString())
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    private String text(String key, Locale l) {
        return messages.getMessage(key, null, key, l);
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) row.createCell(i).setCellValue(cells[i]);
    }

    @PostMapping("/api/security/drills")
    @ResponseBody
    ResponseEntity<DrillRun> startApi(@RequestParam String scenario, @RequestParam String team,
                                      @RequestParam(defaultValue = "true") boolean paced, Principal who) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drills.start(scenario, team, who.getName(), paced));
    }

    @GetMapping("/api/security/drills/runs/{id}")
    @ResponseBody
    DrillScore scoreApi(@PathVariable long id) {
        return drills.score(id);
    }

    @GetMapping("/api/security/drills/scenarios")
    @ResponseBody
    List<ScenarioView> scenarios() {
        return ScenarioLibrary.ALL.stream().map(s -> new ScenarioView(s.code(), s.techniques(),
                s.injects().stream().map(i -> new ScenarioView.InjectView(i.code(), i.technique(), i.offsetSeconds(), i.format().name(),
                        i.expectedRule())).toList())).toList();
    }

    record ScenarioView(String code, List<String> techniques, List<InjectView> injects) {
        record InjectView(String code, String technique, int offsetSeconds, String format, String expectedRule) {
        }
    }
}
