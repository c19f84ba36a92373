package vn.tinhso.indicators.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.access.Role;
import vn.tinhso.indicators.internal.ExternalCodes;

/** The mapping page: each source's table of external identifiers, the identifiers waiting for a mapping, and suggestions. */
@Controller
class ExternalCodesPageController {

    private final ExternalCodes codes;

    ExternalCodesPageController(ExternalCodes codes) {
        this.codes = codes;
    }

    @GetMapping("/indicators/mappings")
    String page(@RequestParam(required = false) String source, Model model, Authentication user) {
        model.addAttribute("source", source == null ? "" : source.trim());
        model.addAttribute("sources", codes.sources());
        model.addAttribute("mappings", codes.mappings(source));
        model.addAttribute("unmapped", codes.unmapped(source));
        model.addAttribute("kinds", ExternalCodes.Kind.values());
        model.addAttribute("canEdit", user != null && Role.anyOf(user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(),
                Role.ADMIN, Role.ANALYST, Role.DATA_STEWARD, Role.SOC_ANALYST, Role.CAMERA_OPERATOR, Role.FACE_ANALYST));
        return "indicators/mappings";
    }

    @PostMapping("/indicators/mappings")
    @PreAuthorize(Role.IS_WRITER)
    String put(@RequestParam String source, @RequestParam ExternalCodes.Kind kind, @RequestParam String externalId,
               @RequestParam(defaultValue = "") String code, @RequestParam(required = false) String back,
               Authentication user, RedirectAttributes redirect) {
        try {
            codes.put(source, kind, externalId, code, user.getName());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        redirect.addAttribute("source", back == null ? "" : back);
        return "redirect:/indicators/mappings";
    }

    @PostMapping("/indicators/mappings/delete")
    @PreAuthorize(Role.IS_WRITER)
    String delete(@RequestParam String source, @RequestParam ExternalCodes.Kind kind, @RequestParam String externalId,
                  @RequestParam(required = false) String back, RedirectAttributes redirect) {
        codes.delete(source, kind, externalId);
        redirect.addAttribute("source", back == null ? "" : back);
        return "redirect:/indicators/mappings";
    }
}
