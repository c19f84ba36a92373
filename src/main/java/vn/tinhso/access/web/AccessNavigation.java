package vn.tinhso.access.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.access.Role;
import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

@Component
class AccessNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.administration("/audit", "nav.audit", Role.ADMIN.name()));
    }
}
