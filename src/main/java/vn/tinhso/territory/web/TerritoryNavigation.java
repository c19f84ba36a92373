package vn.tinhso.territory.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

@Component
class TerritoryNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/territory", "nav.territory"));
    }
}
