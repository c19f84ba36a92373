package vn.tinhso.hub.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/**
 * Whether a commune and a village under it exist. Registries still carry the communes of the map before the latest
 * reorganisation, so a commune of either map is accepted, and a village under it on either map. Village lists are remembered for a minute per commune.
 */
@Component
class KnownPlaces {

    private final Territory territory;
    private final Clock clock;
    private final Map<String, Villages> villages = new ConcurrentHashMap<>();

    private record Villages(Set<String> codes, Instant at) {
    }

    KnownPlaces(Territory territory) {
        this.territory = territory;
        this.clock = Clock.systemDefaultZone();
    }

    /** The date on which the commune stands on the map, today's or the one before the latest reorganisation. */
    Optional<LocalDate> communeDate(String code) {
        LocalDate today = LocalDate.now(clock);
        if (isCommune(code, today)) return Optional.of(today);
        return territory.latestReorganisation().map(d -> d.minusDays(1)).filter(d -> isCommune(code, d));
    }

    /** Today, and the day before the latest reorganisation: the two maps records may still use. */
    private java.util.List<LocalDate> dates() {
        LocalDate today = LocalDate.now(clock);
        return territory.latestReorganisation().map(d -> java.util.List.of(today, d.minusDays(1))).orElse(java.util.List.of(today));
    }

    boolean commune(String code) {
        return communeDate(code).isPresent();
    }

    private boolean isCommune(String code, LocalDate date) {
        return territory.unit(code, date).map(AdminUnit::level).filter("commune"::equals).isPresent();
    }

    boolean villageIn(String village, String commune) {
        Villages known = villages.get(commune);
        if (known == null || known.at().isBefore(Instant.now(clock).minusSeconds(60))) {
            Set<String> codes = new java.util.HashSet<>();
            for (LocalDate date : dates()) territory.villages(commune, date).forEach(v -> codes.add(v.code()));
            known = new Villages(codes, Instant.now(clock));
            villages.put(commune, known);
        }
        return known.codes().contains(village);
    }
}
