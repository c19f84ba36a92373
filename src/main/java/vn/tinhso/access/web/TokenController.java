package vn.tinhso.access.web;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;

/** A user's own API tokens: issue (the secret is shown once), list, revoke. */
@RestController
@RequestMapping("/api/access/tokens")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank @Size(max = ApiTokens.MAX_NAME_LENGTH) String name, @NotNull Role role, @NotEmpty Set<String> scopes,
                        @Min(1) @Max(366) int validDays) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issue(@Valid @RequestBody TokenRequest request, Authentication principal) {
        // A leaked token must not be able to mint a longer-lived or wider one: only a person logged in issues tokens.
        if (String.valueOf(principal.getDetails()).startsWith("api-token:")) {
            throw new AccessDeniedException("A token cannot issue tokens; log in to issue one.");
        }
        return tokens.issue(principal.getName(), request.name(), request.role(), request.scopes(),
                Duration.ofDays(request.validDays()));
    }

    @GetMapping
    List<ApiTokens.ApiTokenInfo> list(Principal principal) {
        return tokens.list(principal.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Principal principal) {
        return tokens.revoke(principal.getName(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
