package vn.tinhso.workforce.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tinhso.access.Role;

/** Tells the workforce pages whether to show the forms: only an administrator or a data steward may use them. */
@ControllerAdvice(assignableTypes = {WorkforceController.class, TrainingPlanPagesController.class})
class StewardFlagAdvice {

    @ModelAttribute("canManage")
    boolean canManage(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()) || Role.DATA_STEWARD.authority().equals(a.getAuthority()));
    }
}
