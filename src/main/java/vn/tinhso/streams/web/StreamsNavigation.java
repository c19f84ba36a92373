package vn.tinhso.streams.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.access.Role;
import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

@Component
class StreamsNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forRoles("/streams/search", "nav.streams.search", Role.ADMIN.name(), Role.SOC_ANALYST.name()));
    }
}
