package vn.tinhso.indicators.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.access.Role;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.internal.Scorecards;
import vn.tinhso.indicators.internal.Scorecards.VerificationStatus;
import vn.tinhso.platform.NotFoundException;

/** The scorecard page's form for deciding on a component's evidence; the API twin is {@link ScorecardVerificationApiController}. */
@Controller
@PreAuthorize(Role.IS_ADMIN_OR_ANALYST)
class ScorecardVerificationController {

    private final Scorecards scorecards;

    ScorecardVerificationController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @PostMapping("/indicators/scorecards/{code}/components/{component}/verification")
    String verifyFromPage(@PathVariable String code, @PathVariable String component, @RequestParam String ou,
                          @RequestParam String pe, @RequestParam VerificationStatus status,
                          @RequestParam(required = false) String evidence, @RequestParam(required = false) String note,
                          RedirectAttributes redirect) {
        try {
            scorecards.verify(code, component, ou, Period.parse(pe), status, evidence, note);
        } catch (IllegalArgumentException | NotFoundException e) {
            redirect.addFlashAttribute("verificationProblem", e.getMessage());
        }
        redirect.addAttribute("code", code);
        redirect.addAttribute("pe", pe);
        return "redirect:/indicators/scorecards";
    }
}
