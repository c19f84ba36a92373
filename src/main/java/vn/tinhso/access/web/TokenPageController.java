package vn.tinhso.access.web;

import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;

/** A person's own API tokens: the secret of a new one is shown on this page once and never again. */
@Controller
class TokenPageController {

    private final ApiTokens tokens;
    private final Accounts accounts;

    TokenPageController(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/account/tokens")
    String page(Principal principal, Model model) {
        model.addAttribute("tokens", tokens.list(principal.getName()));
        // Least powerful first, and preselected: VIEWER is the last constant of Role.
        model.addAttribute("roles", accounts.find(principal.getName())
                .map(a -> a.roles().stream().sorted(java.util.Comparator.reverseOrder()).toList()).orElse(java.util.List.of()));
        return "access/tokens";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam String name, @RequestParam Role role, @RequestParam String scopes,
                 @RequestParam(defaultValue = "90") int validDays, Principal principal, Model model) {
        Set<String> scopeSet = Arrays.stream(scopes.split("[,\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            model.addAttribute("issued", tokens.issue(principal.getName(), name, role, scopeSet, Duration.ofDays(validDays)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return page(principal, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(principal.getName(), id);
        return "redirect:/account/tokens";
    }
}
