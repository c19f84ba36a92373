package vn.tinhso.dashboard.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

@Component
class DashboardNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/", "nav.home"));
    }
}
