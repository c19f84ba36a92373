package vn.tinhso.indicators.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

@Component
class IndicatorNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/indicators", "nav.indicators"));
    }
}
