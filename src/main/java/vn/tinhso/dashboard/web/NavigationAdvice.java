package vn.tinhso.dashboard.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;
import vn.tinhso.platform.Modules;

/** Gives every page the top bar's links the modules contribute, without those the user's roles cannot open. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final List<NavigationEntry> entries;

    NavigationAdvice(List<NavigationContributor> contributors) {
        Set<String> modules = contributors.stream().map(HomeController::moduleOf).collect(Collectors.toSet());
        this.entries = contributors.stream().sorted(Modules.byDependencyOrder(modules, HomeController::moduleOf))
                .flatMap(c -> c.navigation().stream())
                .sorted(java.util.Comparator.comparing(NavigationEntry::section)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation(Authentication authentication) {
        if (authentication == null) return List.of();
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return entries.stream().filter(e -> e.visibleTo(authorities)).toList();
    }
}
