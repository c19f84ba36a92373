package vn.tinhso.access.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tinhso.access.Role;

/** The token form: scopes typed as a list separated by commas or spaces; 90 days unless said otherwise. */
record TokenForm(@NotBlank @Size(max = 200) String name, @NotNull Role role, @NotBlank String scopes,
                 @Min(1) @Max(3650) Integer validDays) {

    TokenForm {
        validDays = validDays == null ? 90 : validDays;
    }

    Set<String> scopeSet() {
        return Arrays.stream(scopes.split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
