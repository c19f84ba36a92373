package vn.tinhso.indicators.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.internal.Scorecards;
import vn.tinhso.indicators.internal.Scorecards.VerificationStatus;

/** Decisions on the evidence behind a scorecard's components: who verified or rejected what, for which unit and period. */
@RestController
@PreAuthorize(Role.IS_ADMIN_OR_ANALYST)
class ScorecardVerificationApiController {

    private final Scorecards scorecards;

    ScorecardVerificationApiController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    record VerificationRequest(@NotBlank String ou, @NotBlank String pe, @NotNull VerificationStatus status,
                               @Size(max = Scorecards.MAX_VERIFICATION_TEXT) String evidence,
                               @Size(max = Scorecards.MAX_VERIFICATION_TEXT) String note) {
    }

    @PutMapping("/api/indicators/scorecards/{code}/components/{component}/verification")
    Scorecards.Verification verify(@PathVariable String code, @PathVariable String component,
                                   @Valid @RequestBody VerificationRequest request) {
        return scorecards.verify(code, component, request.ou(), Period.parse(request.pe()), request.status(),
                request.evidence(), request.note());
    }
}
