package vn.tinhso.workforce;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A session of a course in one commune; without an end date it lasts one day. */
public record SessionDraft(@NotBlank String course,
                           @NotNull LocalDate startsOn,
                           LocalDate endsOn,
                           @NotBlank String communeCode,
                           @NotNull @Positive Integer capacity) {
}
