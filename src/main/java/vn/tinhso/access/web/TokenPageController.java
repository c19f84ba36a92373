package vn.tinhso.access.web;

import java.security.Principal;
import java.time.Duration;
import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.platform.FormProblems;

/** A person's own API tokens: the secret of a new one is shown on this page once and never again. */
@Controller
class TokenPageController {

    private final ApiTokens tokens;
    private final Accounts accounts;

    private final MessageSource messages;

    TokenPageController(ApiTokens tokens, Accounts accounts, MessageSource messages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.messages = messages;
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
    String issue(@Valid @ModelAttribute TokenForm form, BindingResult binding, Principal principal, Model model, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("issued", tokens.issue(principal.getName(), form.name(), form.role(), form.scopeSet(),
                        Duration.ofDays(form.validDays())));
            } catch (IllegalArgumentException refused) {
                binding.reject("refused", refused.getMessage());
            }
        }
        if (binding.hasErrors()) model.addAttribute("problem", FormProblems.describe(binding, messages, locale));
        return page(principal, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(principal.getName(), id);
        return "redirect:/account/tokens";
    }
}
