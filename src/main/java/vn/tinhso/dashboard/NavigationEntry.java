package vn.tinhso.dashboard;

import java.util.Collection;
import java.util.Set;

/**
 * A link in the top bar. With no {@code roles} every signed-in user sees it; otherwise only a user holding one of them
 * (role names as in {@code access.Role}), so nobody is shown a link that answers 403.
 */
public record NavigationEntry(String path, String labelKey, Set<String> roles, Section section) {

    /** Work pages come first; administration (audit log, accounts) after them. */
    public enum Section { WORK, ADMINISTRATION }

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    public static NavigationEntry forEveryone(String path, String labelKey) {
        return new NavigationEntry(path, labelKey, Set.of(), Section.WORK);
    }

    public static NavigationEntry forRoles(String path, String labelKey, String... roles) {
        return new NavigationEntry(path, labelKey, Set.of(roles), Section.WORK);
    }

    public static NavigationEntry administration(String path, String labelKey, String... roles) {
        return new NavigationEntry(path, labelKey, Set.of(roles), Section.ADMINISTRATION);
    }

    /** The id of the link in the page, from its path: {@code /catalog} gives {@code nav-catalog}. */
    public String id() {
        String name = path.replaceAll("^/+|/+$", "").replaceAll("[^A-Za-z0-9]+", "-");
        return "nav-" + (name.isEmpty() ? "home" : name);
    }

    /** Whether a user with these granted authorities ({@code ROLE_…}) may follow the link. */
    public boolean visibleTo(Collection<String> authorities) {
        return roles.isEmpty() || roles.stream().anyMatch(r -> authorities.contains("ROLE_" + r));
    }
}
