package vn.tinhso.workforce;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A programme as a steward enters it; on update the code comes from the address. */
public record ProgrammeDraft(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}") String code,
                             @NotBlank @Size(max = 500) String name,
                             @NotBlank @Size(max = 500) String nameEn,
                             @NotNull LocalDate startsOn,
                             @NotNull LocalDate endsOn,
                             @Size(max = 1000) String legalSource,
                             List<@Valid Target> targets) {

    public ProgrammeDraft {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public ProgrammeDraft withCode(String newCode) {
        return new ProgrammeDraft(newCode, name, nameEn, startsOn, endsOn, legalSource, targets);
    }

    /** E.g. 2,500 civil servants trained by 2025, counted from the programme's start. */
    public record Target(@NotBlank String measure, @NotNull Integer year, @NotNull @Positive Integer value) {
    }
}
