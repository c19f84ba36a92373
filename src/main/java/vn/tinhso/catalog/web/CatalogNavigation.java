package vn.tinhso.catalog.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

@Component
class CatalogNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/catalog", "nav.catalog"));
    }
}
