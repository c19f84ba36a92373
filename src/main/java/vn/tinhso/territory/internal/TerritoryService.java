package vn.tinhso.territory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.UnitMapping;
import vn.tinhso.territory.Village;

@Service
class TerritoryService implements Territory {

    private final Units units;

    TerritoryService(Units units) {
        this.units = units;
    }

    @Override
    public List<AdminUnit> units(LocalDate asOf, String level, String within) {
        return within == null ? units.ofLevel(asOf, level) : units.below(within, asOf, level);
    }

    @Override
    public Optional<AdminUnit> unit(String code, LocalDate asOf) {
        return units.find(code, asOf);
    }

    @Override
    public List<AdminUnit> children(String code, LocalDate asOf) {
        return units.children(code, asOf);
    }

    @Override
    public List<AdminUnit> ancestors(String code, LocalDate asOf) {
        List<AdminUnit> chain = new ArrayList<>();
        Optional<AdminUnit> current = units.find(code, asOf);
        while (current.isPresent() && current.get().parentCode() != null && chain.size() < 16) {
            current = units.find(current.get().parentCode(), asOf);
            current.ifPresent(chain::add);
        }
        Collections.reverse(chain);
        return chain;
    }

    @Override
    public List<AdminUnit> search(String query, LocalDate asOf, int limit) {
        String folded = Ascii.fold(query);
        return folded.isEmpty() ? List.of() : units.search(folded, asOf, Math.min(Math.max(limit, 1), 200));
    }

    @Override
    public String geoJson(LocalDate asOf, String level, String within) {
        return units.geoJson(asOf, level, within);
    }

    @Override
    public List<UnitMapping> mappings(String code) {
        return units.mappings(code);
    }

    @Override
    public List<Village> villages(String within, LocalDate asOf) {
        return units.villages(within, asOf);
    }

    @Override
    public Optional<LocalDate> latestReorganisation() {
        return units.latestReorganisation();
    }

    @Override
    public List<UnitMapping> reorganisation(LocalDate effective) {
        return units.reorganisation(effective);
    }
}
