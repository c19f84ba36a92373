package vn.tinhso.workforce.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

@Component
class WorkforceNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/workforce", "nav.workforce"));
    }
}
