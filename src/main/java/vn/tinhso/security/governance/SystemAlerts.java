package vn.tinhso.security.governance;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;

/** The recent alerts whose addresses or host names belong to a system. */
@Service
public class SystemAlerts {

    static final int RECENT = 1000;

    private final Alerts alerts;

    SystemAlerts(Alerts alerts) {
        this.alerts = alerts;
    }

    public List<Alert> touching(InformationSystem system) {
        return alerts.find(new Alerts.AlertQuery(null, null, null, null, null, RECENT)).stream()
                .filter(a -> a.entities().values().stream().anyMatch(v -> system.assets().stream().anyMatch(x -> x.covers(v))))
                .toList();
    }
}
