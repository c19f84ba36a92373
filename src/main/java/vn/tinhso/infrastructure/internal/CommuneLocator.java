package vn.tinhso.infrastructure.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/**
 * The commune a point lies in, on a date. The territory holds commune points, not commune polygons, so the nearest
 * commune point of the communes that existed on the date stands in for the polygon (a Voronoi cell).
 */
@Component
class CommuneLocator {

    private final Territory territory;
    private final String province;
    private final Map<LocalDate, List<AdminUnit>> communes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, List<AdminUnit>> eldest) {
            return size() > 64;
        }
    };

    CommuneLocator(Territory territory, @Value("${tinhso.province}") String province) {
        this.territory = territory;
        this.province = province;
    }

    private LocalDate earliest;

    /** Before the first date the territory holds units for, a point is placed among the earliest units on record. */
    private LocalDate onRecord(LocalDate date) {
        if (earliest != null && date.isBefore(earliest)) return earliest;
        if (communes.containsKey(date)) return date;
        if (earliest == null && territory.units(date, "commune", province).isEmpty()) {
            for (LocalDate d = date.withDayOfYear(1).plusYears(1); !d.isAfter(LocalDate.now().plusYears(1)); d = d.plusYears(1))
                if (!territory.units(d, "commune", province).isEmpty()) {
                    LocalDate from = d.minusYears(1);
                    while (territory.units(from, "commune", province).isEmpty()) from = from.plusDays(1);
                    earliest = from;
                    return earliest;
                }
        }
        return date;
    }

    synchronized Optional<String> communeAt(double lat, double lon, LocalDate date) {
        List<AdminUnit> units = communes.computeIfAbsent(onRecord(date), d -> territory.units(d, "commune", province).stream()
                .filter(u -> u.latitude() != null && u.longitude() != null).toList());
        AdminUnit best = null;
        double bestKm = Double.MAX_VALUE;
        for (AdminUnit u : units) {
            double km = Geo.km(lat, lon, u.latitude(), u.longitude());
            if (km < bestKm) {
                bestKm = km;
                best = u;
            }
        }
        return Optional.ofNullable(best).map(AdminUnit::code);
    }

    synchronized void forget() {
        communes.clear();
        earliest = null;
    }
}
