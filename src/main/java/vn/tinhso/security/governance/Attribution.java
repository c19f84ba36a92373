package vn.tinhso.security.governance;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Severity;

/** Which information systems an alert or an event touches, by its addresses and host names. */
@Service
public class Attribution {

    private final SystemRegistry registry;

    Attribution(SystemRegistry registry) {
        this.registry = registry;
    }

    /** The systems owning any of the entity values (addresses in their ranges, their host names), most critical first. */
    public List<InformationSystem> systems(Map<String, String> entities) {
        Map<Long, InformationSystem> found = new LinkedHashMap<>();
        for (String value : entities.values()) {
            for (InformationSystem s : registry.owning(value)) found.putIfAbsent(s.id(), s);
        }
        return found.values().stream()
                .sorted(Comparator.comparing((InformationSystem s) -> s.level() == null ? 0 : s.level()).reversed()
                        .thenComparing(InformationSystem::name))
                .toList();
    }

    public List<InformationSystem> systems(Alert alert) {
        return systems(alert.entities());
    }

    /**
     * The severity of an alert on systems of these levels: one step up on a level-4 system, two on a level-5 one
     * (capped at critical); levels 1-3 leave it as the rule says.
     */
    public static Severity raisedBy(Severity severity, List<InformationSystem> systems) {
        int top = systems.stream().map(InformationSystem::level).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        int steps = Math.max(0, top - 3);
        Severity[] all = Severity.values();
        return all[Math.min(all.length - 1, severity.ordinal() + steps)];
    }

    public Severity severityFor(Severity severity, Map<String, String> entities) {
        return raisedBy(severity, systems(entities));
    }
}
